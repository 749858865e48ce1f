"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { instantToWallTime } from "@/lib/cases/zoned-time";
import type { ActionResult } from "@/lib/forms/action-result";

type RecordEvent = (input: unknown) => Promise<ActionResult<{ id: string }>>;

/**
 * One tap records the obligation done, now, in the user's zone, through the case page's own
 * record-event action (passed in, bound to the case); the page then re-reads the dashboard.
 */
export function MarkDoneButton({
  record,
  type,
  ruleId,
  timeZone,
  label,
}: {
  record: RecordEvent;
  type: string;
  ruleId: string;
  timeZone: string;
  /** Accessible name: which obligation of which case. */
  label: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        aria-label={label}
        disabled={pending}
        className="rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await record({
              type,
              ruleId,
              occurredAt: instantToWallTime(new Date(), timeZone),
              timeZone,
            });
            if (result.ok) router.refresh();
            else setError(t(result.code));
          })
        }
      >
        {pending ? t("dashboard.saving") : t("dashboard.markDone")}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
