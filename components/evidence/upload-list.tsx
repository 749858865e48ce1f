"use client";

import { useTranslations } from "next-intl";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { SlotChoice, type SlotOption } from "./slot-choice";
import type { UploadState } from "./use-uploads";

/** This session's uploads, newest first: progress, then the hash and where it was filed, or the reason. */
export function UploadList({
  uploads,
  locale,
  slots,
  move,
}: {
  uploads: readonly UploadState[];
  locale: string;
  /** The checklist items a file can be filed under, in checklist order. */
  slots: readonly SlotOption[];
  move: (upload: Extract<UploadState, { status: "done" }>, item: string | null) => Promise<string | null>;
}) {
  const t = useTranslations("evidence");
  if (uploads.length === 0) return null;
  return (
    <ul className="space-y-2" aria-live="polite" data-testid="upload-list">
      {uploads.map((u) => (
        <li
          key={u.key}
          data-status={u.status}
          className={`rounded-md border p-3 text-sm ${
            u.status === "failed" ? "border-red-200 bg-red-50" : "border-slate-200 bg-white"
          }`}
        >
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-medium break-all">{u.name}</span>
            <span className="text-slate-500 tabular-nums">{formatBytes(u.size, locale)}</span>
          </div>
          {u.status === "uploading" ? (
            <div className="mt-2 space-y-1">
              <progress className="h-2 w-full" max={100} value={u.percent} aria-label={u.name} />
              <span className="text-slate-600">{t("uploading", { percent: u.percent })}</span>
            </div>
          ) : u.status === "done" ? (
            <>
              <p className="mt-1 text-emerald-700">
                {t("uploaded")} · <span className="text-slate-500">{t("sha256")}</span>{" "}
                <code className="break-all text-slate-700" data-testid="upload-sha256">
                  {u.sha256}
                </code>
              </p>
              {slots.length > 0 ? (
                <SlotChoice item={u.item} proposed={u.proposed} slots={slots} move={(item) => move(u, item)} />
              ) : null}
            </>
          ) : (
            <p role="alert" className="mt-1 text-red-700">
              {t("failedWith", { message: u.message })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
