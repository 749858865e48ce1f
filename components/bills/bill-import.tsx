"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import type { BillRowView } from "@/lib/bills/bill-row-view";
import { BillPicker } from "./bill-picker";

type Loaded = { file: File; platform: "WECHAT_PAY" | "ALIPAY"; rows: BillRowView[] };

async function postFile(url: string, file: File, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: "POST",
    body: file,
    headers: { "content-type": "application/octet-stream", "x-bill-name": encodeURIComponent(file.name), ...headers },
  });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return { status: response.status, body };
}

export interface BillImportProps {
  /** POST the file → its rows (app/api/bills/preview) */
  previewUrl: string;
  /** POST the file + picked lines → payments and evidence (app/api/cases/:id/bill-import) */
  importUrl: string;
  version: number;
}

/**
 * Upload a bill, pick the disputed payments, add them to the case. The file goes to the server
 * twice (to read it, then to import it): the server re-reads it rather than trusting rows sent
 * back from the browser, and nothing is stored until the second request.
 */
export function BillImport({ previewUrl, importUrl, version }: BillImportProps) {
  const t = useTranslations("bills.ui");
  const router = useRouter();
  const id = useId();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState<"reading" | "adding" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function read(file: File | undefined) {
    setError(null);
    setDone(null);
    setLoaded(null);
    setSelected(new Set());
    if (!file) return;
    setBusy("reading");
    try {
      const { status, body } = await postFile(previewUrl, file);
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
      const { status, body } = await postFile(importUrl, loaded.file, {
        "x-bill-lines": lines,
        "x-case-version": String(version),
      });
      if (status === 201 && body.ok) {
        setDone(t("added", { added: Number(body.added), skipped: Number(body.skipped) }));
        setLoaded(null);
        setSelected(new Set());
        router.refresh();
      } else setError(typeof body.message === "string" ? body.message : t("failed"));
    } catch {
      setError(t("failed"));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={`${id}-title`} className="text-lg font-medium">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-600">{t("lead")}</p>
      <label className="block space-y-1">
        <span className="block font-medium">{t("file")}</span>
        <input
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="block w-full text-sm"
          disabled={busy !== null}
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </label>
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
