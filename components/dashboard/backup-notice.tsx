import { getLocale, getTranslations } from "next-intl/server";
import { whenText } from "@/components/cases/format";
import type { BackupHealth } from "@/lib/backups/health";

/** A failed or overdue scheduled backup (embedded mode, BACKUP_EVERY_HOURS); nothing otherwise. */
export async function BackupNotice({ health, timeZone }: { health: BackupHealth; timeZone: string }) {
  if (health.kind !== "failed" && health.kind !== "overdue") return null;
  const [t, locale] = await Promise.all([getTranslations("dashboard.backup"), getLocale()]);
  const when = (d: Date) => whenText(d, locale, timeZone);
  return (
    <section
      role="alert"
      data-testid="backup-notice"
      className="rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <p className="font-medium">
        {health.kind === "failed"
          ? t("failed", { at: when(health.at) })
          : health.lastSuccessAt
            ? t("overdue", { at: when(health.lastSuccessAt) })
            : t("overdueNever")}
      </p>
      {health.kind === "failed" && health.detail ? <p className="mt-1 text-sm">{health.detail}</p> : null}
      <p className="mt-1 text-sm">{t("howTo")}</p>
    </section>
  );
}
