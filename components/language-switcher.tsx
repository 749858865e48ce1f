"use client";

import { useRouter } from "next/navigation";
import { useSyncExternalStore, useTransition } from "react";

const OPTIONS = [
  { value: "zh-CN", label: "中文" },
  { value: "en", label: "English" },
] as const;

const noSubscription = () => () => {};

/** `setLocale`: the server action that stores the choice (app/actions.ts), passed in by the page's document. */
export function LanguageSwitcher({
  current,
  label,
  setLocale,
}: {
  current: string;
  label: string;
  setLocale: (locale: string) => Promise<void>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // A change made before hydration would be lost silently (no handler yet), so the
  // select stays disabled until it can act; Playwright's selectOption waits for that too.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{label}</span>
      <select
        aria-label={label}
        value={current}
        disabled={pending || !hydrated}
        className="rounded border border-slate-300 bg-white px-2 py-1"
        onChange={(event) => {
          const next = event.target.value;
          startTransition(async () => {
            await setLocale(next);
            router.refresh();
          });
        }}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
