"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import type { BillRowView } from "@/lib/bills/bill-row-view";
import { BillPicker } from "./bill-picker";

type Loaded = { file: File; platform: "WECHAT_PAY" | "ALIPAY"; rows: BillRowView[] };

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
 * (or to the wizard's draft). The file goes to the server twice (to read it, then to import it):
 * the server re-reads it rather than trusting rows sent back from the browser, and nothing is
 * stored until the second request.
 */
export function BillImport(props: BillImportProps) {
  const t = useTranslations("bills.ui");
  const router = useRouter();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState<"reading" | "adding" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const wizard = props.mode === "wizard";

  async function read(file: File | undefined) {
    setError(null);
    setDone(null);
    setLoaded(null);
    setSelected(new Set());
    if (!file) return;
    setBusy("reading");
    try {
      const { status, body } = await postFile(props.previewUrl, file);
      if (status === 200 && body.ok)
        setLoaded({ file, platform: body.platform as Loaded["platform"], rows: body.rows as BillRowView[] });
      else setError(typeof body.message === "string" ? body.message : t("failed"));
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  async function add() {
    if (!loaded || selected.size === 0) return;
    setError(null);
    setBusy("adding");
    try {
      const lines = [...selected].sort((a, b) => a - b).join(",");
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
        setSelected(new Set());
        if (props.mode === "wizard") props.onImported(body);
        else router.refresh();
      } else setError(typeof body.message === "string" ? body.message : t("failed"));
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  const picked = loaded ? loaded.rows.filter((row) => selected.has(row.line)) : [];
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
          <p>{t("found", { platform: t(`platform.${loaded.platform}`), count: loaded.rows.length })}</p>
          <BillPicker rows={loaded.rows} selected={selected} onSelectedChange={setSelected} />
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
