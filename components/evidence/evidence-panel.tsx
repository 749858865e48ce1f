"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useMemo, useRef, useState } from "react";
import type { ChecklistEntry, ChecklistFacts, EvidenceListItem } from "@/lib/evidence";
import type { Locale } from "@/lib/i18n/translator";
import { CompletenessMeter } from "./completeness-meter";
import { EvidenceFiles } from "./evidence-files";
import { formatBytes } from "@/lib/i18n/format-bytes";
import { UploadList } from "./upload-list";
import { useUploads } from "./use-uploads";

export interface EvidencePanelProps {
  caseId: string;
  locale: Locale;
  files: EvidenceListItem[];
  checklist: ChecklistEntry[];
  facts: ChecklistFacts;
  present: number;
  total: number;
  percent: number;
  usedBytes: number;
  maxCaseBytes: number;
  maxFileBytes: number;
  /** Offers "read this screenshot" on uploaded images (issue 26): the case's version and zone. */
  screenshot?: { version: number; zoneLabel: string };
}

/** The case page's evidence section: checklist with meter, upload with per-file progress, the files. */
export function EvidencePanel(props: EvidencePanelProps) {
  const t = useTranslations("evidence");
  const tErrors = useTranslations("evidence.errors");
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [item, setItem] = useState<string | null>(null);
  const label = (entry: { label: { "zh-CN": string; en: string } }) => entry.label[props.locale];
  const mb = (bytes: number) => Math.floor(bytes / 2 ** 20);

  const messages = useMemo(
    () => ({
      tooLarge: () => tErrors("file_too_large", { limitMb: mb(props.maxFileBytes) }),
      network: tErrors("network"),
      unexpected: tErrors("unexpected"),
    }),
    [tErrors, props.maxFileBytes],
  );
  const refresh = useCallback(() => router.refresh(), [router]);
  const { uploads, start, filed } = useUploads({
    caseId: props.caseId,
    maxFileBytes: props.maxFileBytes,
    messages,
    onBatchDone: refresh,
  });
  // Items met by a fact (交易单号 in the payment form) are no place for a file.
  const slots = props.checklist.filter((entry) => !entry.fact).map((entry) => ({ id: entry.id, label: label(entry) }));

  async function move(upload: { key: string; evidenceId: string }, next: string | null): Promise<string | null> {
    try {
      const response = await fetch(
        `/api/cases/${encodeURIComponent(props.caseId)}/evidence/${encodeURIComponent(upload.evidenceId)}`,
        { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ item: next }) },
      );
      if (!response.ok) {
        const json = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
        return json?.error?.message ?? tErrors("unexpected");
      }
      filed(upload.key, next);
      refresh();
      return null;
    } catch {
      return tErrors("network");
    }
  }

  const choose = (forItem: string | null) => {
    setItem(forItem);
    input.current?.click();
  };

  return (
    <section className="space-y-4" aria-labelledby="evidence-heading" data-testid="evidence-panel">
      <div className="space-y-1">
        <h2 id="evidence-heading" className="text-lg font-medium">
          {t("title")}
        </h2>
        <p className="text-sm text-slate-600">
          {t("lead", { fileMb: mb(props.maxFileBytes), caseMb: mb(props.maxCaseBytes) })}
        </p>
      </div>

      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h3 className="font-medium">{t("checklist")}</h3>
        <CompletenessMeter present={props.present} total={props.total} percent={props.percent} />
        {props.total > 0 && props.present < props.total ? (
          <p className="text-sm text-amber-800" data-testid="evidence-missing">
            {t("missingItems", {
              items: props.checklist
                .filter((entry) => !entry.met)
                .map(label)
                .join(t("separator")),
            })}
          </p>
        ) : props.total > 0 ? (
          <p className="text-sm text-emerald-700">{t("allPresent")}</p>
        ) : null}
        <ul className="divide-y divide-slate-100">
          {props.checklist.map((entry) => (
            <li
              key={entry.id}
              data-testid={`checklist-${entry.id}`}
              data-present={entry.met}
              className="flex flex-col gap-2 py-2 sm:flex-row sm:items-start sm:justify-between"
            >
              <div className="min-w-0 flex-1 space-y-0.5">
                <p>
                  <span aria-hidden className={entry.met ? "text-emerald-600" : "text-slate-400"}>
                    {entry.met ? "✓ " : "○ "}
                  </span>
                  <span className="font-medium">{label(entry)}</span>{" "}
                  <span className={`text-sm ${entry.met ? "text-emerald-700" : "text-amber-700"}`}>
                    {entry.files > 0
                      ? t("itemPresent", { count: entry.files })
                      : entry.met && entry.fact
                        ? t(`factMet.${entry.fact}`)
                        : t("itemMissing")}
                  </span>
                </p>
                {entry.fact && !entry.met ? (
                  <p className="text-sm text-slate-700">{t(`factHint.${entry.fact}`)}</p>
                ) : null}
                <p className="text-xs text-slate-500">
                  {t("neededBy", { rules: entry.neededBy.map(label).join(t("separator")) })}
                </p>
              </div>
              {entry.fact ? null : (
                <button
                  type="button"
                  onClick={() => choose(entry.id)}
                  className="shrink-0 self-start rounded-md border border-sky-700 px-3 py-1 text-sm text-sky-800 hover:bg-sky-50"
                >
                  {t("chooseFor", { item: label(entry) })}
                </button>
              )}
            </li>
          ))}
        </ul>
      </div>

      <div className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => choose(null)}
            className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
          >
            {t("choose")}
          </button>
          <span className="text-sm text-slate-500">
            {t("dropHint")} ·{" "}
            {t("usage", {
              used: formatBytes(props.usedBytes, props.locale),
              limit: formatBytes(props.maxCaseBytes, props.locale),
            })}
          </span>
          <input
            ref={input}
            type="file"
            multiple
            // Opened by the buttons above; hidden from the accessibility tree so each action is named once.
            hidden
            aria-hidden
            tabIndex={-1}
            data-testid="evidence-input"
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = "";
              if (files.length > 0) void start(files, item);
            }}
          />
        </div>
        <UploadList uploads={uploads} locale={props.locale} slots={slots} move={move} />
      </div>

      <EvidenceFiles
        caseId={props.caseId}
        locale={props.locale}
        files={props.files}
        checklist={props.checklist}
        onChanged={refresh}
        {...(props.screenshot ? { screenshot: props.screenshot } : {})}
      />
    </section>
  );
}
