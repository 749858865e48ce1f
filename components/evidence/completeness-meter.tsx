import { useTranslations } from "next-intl";

/** "Evidence 2 of 4" with a bar; on the case page (full) and in My cases (compact). */
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
    <div className={compact ? "flex items-center gap-2 text-sm" : "space-y-1"} data-testid="evidence-completeness">
      <span className={compact ? "text-slate-600" : "font-medium"}>{label}</span>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={present}
        className={`${compact ? "h-1.5 w-16" : "h-2.5 w-full"} overflow-hidden rounded-full bg-slate-200`}
      >
        <div
          className={`h-full rounded-full ${percent === 100 ? "bg-emerald-600" : "bg-sky-600"}`}
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  );
}
