"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/forms/action-result";

/** The account-restricted self-check: each tick is saved (as an event) the moment it changes. */
export function SelfCheckList({
  items,
  checked,
  save,
}: {
  items: readonly { id: string; label: string; hint?: string }[];
  checked: Record<string, boolean>;
  save: (input: unknown) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const [state, setState] = useState(checked);
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.id}>
          <label className="flex items-start gap-2">
            <input
              type="checkbox"
              className="mt-1"
              checked={state[item.id] ?? false}
              onChange={(e) => {
                const value = e.target.checked;
                setState((s) => ({ ...s, [item.id]: value }));
                void save({ itemId: item.id, checked: value }).then((result) => {
                  if (!result.ok) setState((s) => ({ ...s, [item.id]: !value }));
                  else router.refresh();
                });
              }}
            />
            <span>
              <span className="block">{item.label}</span>
              {item.hint ? <span className="block text-sm text-slate-500">{item.hint}</span> : null}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}
