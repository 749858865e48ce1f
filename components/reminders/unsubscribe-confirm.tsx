"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";

export function UnsubscribeConfirm(props: { token: string; action: (token: string) => Promise<"done" | "invalid"> }) {
  const t = useTranslations("unsubscribe");
  const [state, setState] = useState<"idle" | "done" | "invalid">("idle");
  const [pending, startTransition] = useTransition();
  if (state !== "idle") return <p role="status">{t(state)}</p>;
  return (
    <div className="space-y-4">
      <p>{t("body")}</p>
      <button
        type="button"
        disabled={pending}
        onClick={() => startTransition(async () => setState(await props.action(props.token)))}
        className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("confirm")}
      </button>
    </div>
  );
}
