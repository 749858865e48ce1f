import { useTranslations } from "next-intl";

export interface DeadlineEvidenceItem {
  id: string;
  label: string;
  present: boolean;
}

/**
 * Under a deadline: the evidence its rule asks for, each marked present or
 * missing. Build the items with `evidenceForRule` from lib/evidence.
 */
export function DeadlineEvidence({ items }: { items: readonly DeadlineEvidenceItem[] }) {
  const t = useTranslations("evidence");
  if (items.length === 0) return null;
  return (
    <p className="text-sm text-slate-600">
      <span>{t("deadlineEvidence")}</span>
      {items.map((item, index) => (
        <span key={item.id} data-evidence-item={item.id} data-present={item.present}>
          {index > 0 ? t("separator") : null}
          <span className={item.present ? "text-emerald-700" : "text-amber-700"}>
            {item.present ? "✓" : "✗"} {item.label}
          </span>
        </span>
      ))}
    </p>
  );
}
