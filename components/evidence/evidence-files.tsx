"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ScreenshotPayment } from "@/components/screenshots/screenshot-payment";
import type { ChecklistEntry, EvidenceListItem } from "@/lib/evidence";
import type { Locale } from "@/lib/i18n/translator";
import { formatBytes } from "@/lib/i18n/format-bytes";

const PREVIEWABLE = new Set(["image/jpeg", "image/png", "image/webp"]);

/** The case's files: preview, hash, checklist tag, download and remove. */
export function EvidenceFiles({
  caseId,
  locale,
  files,
  checklist,
  onChanged,
  screenshot,
}: {
  caseId: string;
  locale: Locale;
  files: EvidenceListItem[];
  checklist: ChecklistEntry[];
  onChanged: () => void;
  screenshot?: { version: number; zoneLabel: string };
}) {
  const t = useTranslations("evidence");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const base = `/api/cases/${encodeURIComponent(caseId)}/evidence`;

  async function call(id: string, init: RequestInit) {
    setBusy(id);
    try {
      const response = await fetch(`${base}/${encodeURIComponent(id)}`, init);
      if (!response.ok) {
        const json = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
        setErrors((all) => ({ ...all, [id]: json?.error?.message ?? t("errors.unexpected") }));
        return;
      }
      setErrors(({ [id]: _gone, ...rest }) => rest);
      onChanged();
    } catch {
      setErrors((all) => ({ ...all, [id]: t("errors.network") }));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="space-y-2">
      <h3 className="font-medium">{t("files")}</h3>
      {files.length === 0 ? (
        <p className="text-sm text-slate-600">{t("noFiles")}</p>
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="evidence-files"
        >
          {files.map((file) => (
            <li key={file.id} className="flex flex-col gap-3 p-3 sm:flex-row" data-evidence-id={file.id}>
              <Thumbnail base={base} file={file} unavailable={t("previewUnavailable")} />
              <div className="min-w-0 flex-1 space-y-1 text-sm">
                <p className="font-medium break-all text-slate-900">{file.name}</p>
                <p className="text-slate-500">
                  {file.ext.toUpperCase()} · {formatBytes(file.size, locale)}
                </p>
                <p className="text-xs">
                  <span className="text-slate-500">{t("sha256")} </span>
                  <code className="break-all text-slate-700" data-testid="evidence-sha256">
                    {file.sha256}
                  </code>
                </p>
                <div className="flex flex-wrap items-center gap-2 pt-1">
                  <label className="sr-only" htmlFor={`tag-${file.id}`}>
                    {t("tag")}
                  </label>
                  <select
                    id={`tag-${file.id}`}
                    value={file.item ?? ""}
                    disabled={busy === file.id}
                    onChange={(event) =>
                      void call(file.id, {
                        method: "PATCH",
                        headers: { "content-type": "application/json" },
                        body: JSON.stringify({ item: event.target.value || null }),
                      })
                    }
                    className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1"
                  >
                    <option value="">{t("untagged")}</option>
                    {checklist
                      .filter((entry) => !entry.fact || entry.id === file.item)
                      .map((entry) => (
                        <option key={entry.id} value={entry.id}>
                          {entry.label[locale]}
                        </option>
                      ))}
                  </select>
                  <a
                    href={`${base}/${encodeURIComponent(file.id)}`}
                    download
                    className="rounded-md border border-slate-300 px-3 py-1 text-sky-800 hover:bg-slate-50"
                  >
                    {t("download")}
                  </a>
                  <button
                    type="button"
                    disabled={busy === file.id}
                    onClick={() => {
                      if (window.confirm(t("removeConfirm", { name: file.name }))) {
                        void call(file.id, { method: "DELETE" });
                      }
                    }}
                    className="rounded-md border border-red-300 px-3 py-1 text-red-700 hover:bg-red-50"
                  >
                    {t("remove")}
                  </button>
                </div>
                {errors[file.id] ? (
                  <p role="alert" className="text-red-700">
                    {errors[file.id]}
                  </p>
                ) : null}
                {screenshot && PREVIEWABLE.has(file.mime) ? (
                  <ScreenshotPayment
                    file={{
                      name: file.name,
                      load: async () => (await fetch(`${base}/${encodeURIComponent(file.id)}`)).blob(),
                    }}
                    keep={(send) =>
                      send(`/api/cases/${encodeURIComponent(caseId)}/screenshot-payment`, screenshot.version)
                    }
                    onKept={onChanged}
                    zoneLabel={screenshot.zoneLabel}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Thumbnail({ base, file, unavailable }: { base: string; file: EvidenceListItem; unavailable: string }) {
  if (PREVIEWABLE.has(file.mime)) {
    return (
      // eslint-disable-next-line @next/next/no-img-element -- a private, sandboxed route; next/image would proxy and cache it
      <img
        src={`${base}/${encodeURIComponent(file.id)}/preview`}
        alt={file.name}
        loading="lazy"
        className="h-24 w-24 shrink-0 rounded border border-slate-200 bg-slate-50 object-contain"
      />
    );
  }
  return (
    <div
      title={file.mime.startsWith("image/") ? unavailable : undefined}
      className="flex h-24 w-24 shrink-0 flex-col items-center justify-center rounded border border-dashed border-slate-300 bg-slate-50 p-1 text-center text-xs text-slate-500"
    >
      <span className="text-base font-semibold">{file.ext.toUpperCase()}</span>
      {file.mime.startsWith("image/") ? <span>{unavailable}</span> : null}
    </div>
  );
}
