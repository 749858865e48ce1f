import { useTranslations } from "next-intl";

/**
 * "Evidence 2 of 4" with a bar; on the case page (full) and in My cases (compact: one short class
 * per element, app/globals.css, since it repeats on every row).
 */
export function CompletenessMeter({
  present,
  total,
  percent,
  compact = false,
}: {
  present: number;
  total: number;
  percent: number;
  compact?: boolean;
}) {
  const t = useTranslations("evidence");
  const label = compact ? t("completenessShort", { present, total }) : t("completeness", { present, total });
  if (total === 0) return compact ? null : <p className="text-sm text-slate-600">{t("noChecklist")}</p>;
  return (
    <div className={compact ? "meter-compact" : "space-y-1"} data-testid="evidence-completeness">
      <span className={compact ? "text-slate-600" : "font-medium"}>{label}</span>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={present}
        className={compact ? "meter-compact-track" : "h-2.5 w-full overflow-hidden rounded-full bg-slate-200"}
      >
        <div className={percent === 100 ? "meter-fill-full" : "meter-fill"} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
