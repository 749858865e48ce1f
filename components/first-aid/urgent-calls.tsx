import { getLocale, getTranslations } from "next-intl/server";
import { pick } from "@/components/cases/format";
import type { CaseKind } from "@/lib/deadlines";
import { urgentCalls } from "@/lib/first-aid/deadlines";
import { isBankId } from "@/lib/kinds/banks";

/** The top of first aid for fraud and account theft: the numbers to call, before any question. */
export async function UrgentCalls({ kind, platform, bank }: { kind: CaseKind; platform?: string; bank?: string }) {
  const calls = urgentCalls(kind, platform, isBankId(bank) ? bank : null);
  if (calls.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("firstAid"), getLocale()]);
  return (
    <section aria-labelledby="call-now" className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-3">
      <h2 id="call-now" className="font-bold text-red-900">
        {t("callNow")}
      </h2>
      <ul className="grid grid-cols-2 gap-2">
        {calls.map((call) => (
          <li key={call.number}>
            <a
              href={`tel:${call.number}`}
              className="flex min-h-12 items-center justify-center rounded-md bg-red-700 px-2 py-2 text-center font-bold text-white hover:bg-red-800"
            >
              {pick(call.label, locale)}
            </a>
          </li>
        ))}
      </ul>
      <p className="text-sm text-red-900">{t("callLead")}</p>
    </section>
  );
}
