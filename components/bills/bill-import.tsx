"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import type { BillRowView } from "@/lib/bills/bill-row-view";
import type { BillPreviewPage } from "@/lib/bills/preview-page";
import { encodeBillPageQuery, FIRST_PAGE, type BillPageQuery } from "@/lib/bills/preview-query";
import { BillPicker } from "./bill-picker";

type Loaded = { file: File; preview: BillPreviewPage };

/** What the server answered: its status and JSON body (a network failure throws). */
export type ImportReply = { status: number; body: Record<string, unknown> };
/** Where the import goes: the case (or draft) and the version it is based on. */
export type ImportTarget = { url: string; version: number };

async function postFile(url: string, file: File, headers: Record<string, string> = {}): Promise<ImportReply> {
  const response = await fetch(url, {
    method: "POST",
    body: file,
    headers: { "content-type": "application/octet-stream", "x-bill-name": encodeURIComponent(file.name), ...headers },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, body };
}

/** The translated sentence of a refusal: `{ error: { code, message } }` (lib/errors/error-response). */
function refusalText(body: Record<string, unknown>): string | null {
  const error = body.error as { message?: unknown } | undefined;
  return typeof error?.message === "string" ? error.message : null;
}

export type BillImportProps = {
  /** POST the file → its rows (app/api/bills/preview) */
  previewUrl: string;
} & (
  | {
      mode: "case";
      /** POST the file + picked lines → payments, money back and evidence (app/api/cases/:id/bill-import) */
      importUrl: string;
      version: number;
    }
  | {
      mode: "wizard";
      /** Runs the import where the wizard's saves queue, with the draft's id and current version. */
      runImport: (send: (target: ImportTarget) => Promise<ImportReply>) => Promise<ImportReply>;
      onImported: (body: Record<string, unknown>) => void;
    }
);

/**
 * Upload a bill, pick the disputed payments and any money that came back, add them to the case
 * (or to the wizard's draft). The server reads the file for each page or filter (it answers one
 * page, never the whole bill: ADR 0029) and again to import the picked lines, rather than
 * trusting rows sent back from the browser; nothing is stored until the import.
 */
export function BillImport(props: BillImportProps) {
  const t = useTranslations("bills.ui");
  const router = useRouter();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Picked rows by source line, kept with their row: a pick on another page still counts.
  const [selected, setSelected] = useState<Map<number, BillRowView>>(new Map());
  const [paging, setPaging] = useState(false);
  const asked = useRef(0);
  const [busy, setBusy] = useState<"reading" | "adding" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const wizard = props.mode === "wizard";

  async function read(file: File | undefined) {
    setError(null);
    setDone(null);
    setLoaded(null);
    setSelected(new Map());
    if (!file) return;
    setBusy("reading");
    try {
      const { status, body } = await postFile(props.previewUrl, file, {
        "x-bill-query": encodeBillPageQuery(FIRST_PAGE),
      });
      if (status === 200 && body.ok) setLoaded({ file, preview: body as unknown as BillPreviewPage });
      else setError(refusalText(body) ?? t("failed"));
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  /** Another page or filter: only the latest question's answer is shown. */
  async function ask(query: BillPageQuery) {
    if (!loaded) return;
    const mine = ++asked.current;
    setPaging(true);
    try {
      const { status, body } = await postFile(props.previewUrl, loaded.file, {
        "x-bill-query": encodeBillPageQuery(query),
      });
      if (mine !== asked.current) return;
      if (status === 200 && body.ok) {
        setError(null);
        setLoaded({ file: loaded.file, preview: body as unknown as BillPreviewPage });
      } else setError(refusalText(body) ?? t("failed"));
    } catch {
      if (mine === asked.current) setError(t("failed"));
    } finally {
      if (mine === asked.current) setPaging(false);
    }
  }

  async function add() {
    if (!loaded || selected.size === 0) return;
    setError(null);
    setBusy("adding");
    try {
      const lines = [...selected.keys()].sort((a, b) => a - b).join(",");
      const send = (target: ImportTarget) =>
        postFile(target.url, loaded.file, { "x-bill-lines": lines, "x-case-version": String(target.version) });
      const { status, body } =
        props.mode === "wizard"
          ? await props.runImport(send)
          : await send({ url: props.importUrl, version: props.version });
      if (status === 201 && body.ok) {
        const counts = {
          added: Number(body.added),
          recovered: Number(body.recovered),
          skipped: Number(body.skipped) + Number(body.recoveredSkipped),
        };
        setDone(t(wizard ? "filled" : "added", counts));
        setLoaded(null);
        setSelected(new Map());
        if (props.mode === "wizard") props.onImported(body);
        else router.refresh();
      } else setError(refusalText(body) ?? t("failed"));
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  const picked = [...selected.values()];
  const payments = picked.filter((row) => row.use === "payment").length;
  const recoveries = picked.filter((row) => row.use === "recovery").length;
  const Heading = wizard ? "h3" : "h2";

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <Heading id={`${id}-title`} className={wizard ? "font-medium" : "text-lg font-medium"}>
        {t(wizard ? "wizardTitle" : "title")}
      </Heading>
      <p className="text-sm text-slate-600">{t(wizard ? "wizardLead" : "lead")}</p>
      <div className="space-y-1">
        <span id={`${id}-file-label`} className="block font-medium">
          {t("file")}
        </span>
        {/* The browser's own file button speaks the browser's language, not the page's: it is
            kept for keyboards and screen readers, and a label in the page's language opens it. */}
        <div className="flex flex-wrap items-center gap-3">
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="peer sr-only"
            aria-labelledby={`${id}-file-label`}
            disabled={busy !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared so that the same bill can be chosen again (to pick other rows).
              e.target.value = "";
              setFileName(file?.name ?? null);
              void read(file);
            }}
          />
          <label
            htmlFor={`${id}-file`}
            className="cursor-pointer rounded-md border border-sky-700 px-4 py-2 font-medium text-sky-800 hover:bg-sky-50 peer-focus-visible:ring-2 peer-focus-visible:ring-sky-600 peer-focus-visible:ring-offset-2 peer-disabled:cursor-not-allowed peer-disabled:opacity-50"
          >
            {t("chooseFile")}
          </label>
          <span className="text-sm text-slate-600" data-testid="bill-file-name">
            {fileName ?? t("noFile")}
          </span>
        </div>
      </div>
      {busy === "reading" ? <p role="status">{t("reading")}</p> : null}
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {done ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {done}
        </p>
      ) : null}
      {loaded ? (
        <div className="space-y-4">
          <p>{t("found", { platform: t(`platform.${loaded.preview.platform}`), count: loaded.preview.total })}</p>
          <BillPicker
            preview={loaded.preview}
            busy={paging}
            selected={selected}
            onSelectedChange={setSelected}
            onQueryChange={(query) => void ask(query)}
          />
          {payments + recoveries > 0 ? (
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="bill-import-outcome">
              {payments > 0 ? <li>{t(wizard ? "willFillPayments" : "willAddPayments", { count: payments })}</li> : null}
              {recoveries > 0 ? <li>{t("willRecordRecoveries", { count: recoveries })}</li> : null}
            </ul>
          ) : null}
          <button
            type="button"
            className={primaryButtonClass}
            disabled={selected.size === 0 || busy !== null}
            onClick={() => void add()}
          >
            {busy === "adding" ? t("adding") : t("submit", { count: selected.size })}
          </button>
        </div>
      ) : null}
    </section>
  );
}
