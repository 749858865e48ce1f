"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";

/** Withdraws a wrong entry by appending a retraction; the entry itself stays in the history. */
export function RetractButton({
  eventId,
  retract,
}: {
  eventId: string;
  retract: (eventId: unknown) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="text-sm text-red-700 underline"
        onClick={() =>
          void retract(eventId).then((result) => {
            if (result.ok) router.refresh();
            else setError(t(result.code));
          })
        }
      >
        {t("workspace.retract")}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
