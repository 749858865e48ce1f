"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

export interface SlotOption {
  id: string;
  label: string;
}

/**
 * Where an upload was filed and, one tap each, the other checklist items it could go to
 * (or none). Plain buttons in a labelled group: reachable and usable from the keyboard.
 */
export function SlotChoice({
  item,
  proposed,
  slots,
  move,
}: {
  item: string | null;
  proposed: "name" | "type" | null;
  slots: readonly SlotOption[];
  /** Saves the new item; resolves to an error message, or null when saved. */
  move: (item: string | null) => Promise<string | null>;
}) {
  const t = useTranslations("evidence");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = slots.find((slot) => slot.id === item);
  const others = slots.filter((slot) => slot.id !== item);
  const status = current
    ? t(proposed === "name" ? "proposedByName" : proposed === "type" ? "proposedByType" : "filedInto", {
        item: current.label,
      })
    : t("notFiled");

  async function choose(next: string | null) {
    setBusy(true);
    setError(await move(next));
    setBusy(false);
  }

  return (
    <div className="mt-2 space-y-1" data-testid="slot-choice" data-item={item ?? ""}>
      <p className="text-slate-700">{status}</p>
      {others.length > 0 || current ? (
        <div role="group" aria-label={t("moveTo")} className="flex flex-wrap items-center gap-1.5">
          <span aria-hidden className="text-slate-500">
            {t("moveTo")}
          </span>
          {others.map((slot) => (
            <button
              key={slot.id}
              type="button"
              disabled={busy}
              onClick={() => void choose(slot.id)}
              className="min-h-9 rounded-full border border-sky-700 px-3 py-1 text-sky-800 hover:bg-sky-50 disabled:opacity-50"
            >
              {slot.label}
            </button>
          ))}
          {current ? (
            <button
              type="button"
              disabled={busy}
              onClick={() => void choose(null)}
              className="min-h-9 rounded-full border border-slate-300 px-3 py-1 text-slate-700 hover:bg-slate-50 disabled:opacity-50"
            >
              {t("unfile")}
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
