import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Recipient } from "@/lib/letters/recipients";

const button =
  "inline-block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-sky-800 hover:bg-slate-50";

/**
 * Handing the case over: the bundle in either language (plain download links: a zip is not
 * a page to prefetch) and the letters that fit this kind of case.
 */
export function CaseHandover({ caseId, recipients }: { caseId: string; recipients: readonly Recipient[] }) {
  const t = useTranslations();
  const bundle = `/api/cases/${caseId}/bundle`;
  return (
    <section aria-labelledby="handover" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="handover" className="text-lg font-semibold">
        {t("export.bundle.title")}
      </h2>
      <p className="text-sm text-slate-600">{t("export.bundle.lead")}</p>
      <div className="flex flex-wrap gap-2">
        <a href={`${bundle}?lang=zh-CN`} download className={button} data-testid="bundle-zh">
          {t("export.bundle.downloadZh")}
        </a>
        <a href={`${bundle}?lang=en`} download className={button} data-testid="bundle-en">
          {t("export.bundle.downloadEn")}
        </a>
      </div>
      <h3 className="pt-2 font-semibold">{t("letters.title")}</h3>
      <ul className="flex flex-wrap gap-2">
        {recipients.map((recipient) => (
          <li key={recipient}>
            <Link href={`/cases/${caseId}/letters/${recipient}`} className={button}>
              {t(`letters.recipients.${recipient}`)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
