"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { inputClass } from "@/components/ui/field";
import type { ActionResult } from "@/lib/forms/action-result";

/**
 * Create, regenerate or turn off the secret feed URL. The URL is shown once, right after it is
 * made (only its hash is stored); afterwards the panel can only replace it.
 */
export function CalendarFeedPanel({
  activeSince,
  issue,
  revoke,
}: {
  /** Already formatted creation date of the current feed, null when there is none. */
  activeSince: string | null;
  issue: () => Promise<ActionResult<{ url: string }>>;
  revoke: () => Promise<ActionResult<undefined>>;
}) {
  const t = useTranslations("feed");
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string | null>(null);
  const [active, setActive] = useState(activeSince !== null);
  const [message, setMessage] = useState<string | null>(null);
  const button = "rounded-md px-4 py-2 font-medium disabled:opacity-60";
  return (
    <div className="space-y-4">
      {url ? (
        <div className="space-y-2 rounded-lg border border-emerald-700 bg-emerald-50 p-4">
          <label htmlFor="feed-url" className="block font-medium">
            {t("newUrl")}
          </label>
          <input id="feed-url" readOnly value={url} className={inputClass} onFocus={(e) => e.currentTarget.select()} />
          <p className="text-sm text-slate-700">{t("copyHint")}</p>
        </div>
      ) : active && activeSince ? (
        <p>{t("active", { date: activeSince })}</p>
      ) : (
        <p>{message ?? t("none")}</p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={pending}
          className={`${button} bg-sky-700 text-white hover:bg-sky-800`}
          onClick={() =>
            startTransition(async () => {
              const result = await issue();
              if (result.ok) {
                setUrl(result.data.url);
                setActive(true);
              }
            })
          }
        >
          {active ? t("regenerate") : t("create")}
        </button>
        {active ? (
          <button
            type="button"
            disabled={pending}
            className={`${button} border border-red-700 bg-white text-red-800 hover:bg-red-50`}
            onClick={() =>
              startTransition(async () => {
                const result = await revoke();
                if (result.ok) {
                  setUrl(null);
                  setActive(false);
                  setMessage(t("revoked"));
                }
              })
            }
          >
            {t("revoke")}
          </button>
        ) : null}
      </div>
      <p role="status" className="sr-only">
        {message ?? ""}
      </p>
    </div>
  );
}
