import type { CaseKind } from "@/lib/deadlines";
import type { KindModule } from "./types";

/** Infers a module's own facts types, so the registry keeps each kind's concrete shapes. */
export function defineKind<K extends CaseKind, FormOut, Stored extends { readonly kind: K }>(
  mod: KindModule<K, FormOut, Stored>,
): KindModule<K, FormOut, Stored> {
  return mod;
}

export const FROM_PAYMENTS = (payments: readonly { occurredAt: Date }[]): Date | null => {
  let first: Date | null = null;
  for (const p of payments) if (!first || p.occurredAt < first) first = p.occurredAt;
  return first;
};
