"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChoiceOptions, inputClass, primaryButtonClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";
import type { CaseStatus } from "@/lib/cases/case-status";

/** Moves the case through its state machine; a refused move shows why, in words. */
export function StatusControl({
  status,
  version,
  choices,
  changeStatus,
}: {
  status: string;
  version: number;
  choices: readonly CaseStatus[];
  changeStatus: (input: unknown) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (choices.length === 0) return null;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        const to = String(new FormData(e.currentTarget).get("to") ?? "");
        void changeStatus({ version, to }).then((result) => {
          if (result.ok) {
            setMessage({ ok: true, text: t("workspace.statusChanged") });
            router.refresh();
          } else {
            setMessage({ ok: false, text: t(result.code) });
          }
        });
      }}
    >
      <div className="space-y-1">
        <label htmlFor="status-to" className="block text-sm font-medium">
          {t("workspace.moveTo")}
        </label>
        <select id="status-to" name="to" defaultValue="" className={inputClass} data-current={status}>
          <ChoiceOptions
            placeholder={t("cases.choose")}
            options={choices.map((s) => ({ value: s, label: t(`cases.statuses.${s}`) }))}
          />
        </select>
      </div>
      <button type="submit" className={primaryButtonClass}>
        {t("workspace.changeStatus")}
      </button>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`w-full text-sm ${message.ok ? "text-emerald-800" : "text-red-700"}`}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
