import { getLocale, getTranslations } from "next-intl/server";
import { TitledSection } from "@/components/layout/titled-section";
import type { CaseWorkspace } from "@/lib/cases/get-case-workspace";
import type { BankId } from "@/lib/kinds/banks";
import { caseContacts } from "@/lib/kinds/contacts";
import { pick } from "./format";

// The case page's reference sections: who to contact and what generally helps. Nothing here
// changes the case; the page passes what the workspace read.

export async function OfficialContacts({
  platform,
  bank,
}: {
  platform: CaseWorkspace["case"]["platform"];
  /** The card's bank, when named: its line replaces "the number on the back of your card". */
  bank: BankId | null;
}) {
  const [tw, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  return (
    <TitledSection id="contacts" title={tw("contacts")}>
      <ul className="space-y-1">
        {caseContacts(platform, bank).map((c) => (
          <li key={pick(c.label, "en")}>
            <span className="font-medium">{pick(c.label, locale)}</span>
            {c.tel ? (
              <>
                {" "}
                <a href={`tel:${c.tel}`} className="text-sky-800 underline">
                  {c.telText ?? c.tel}
                </a>
              </>
            ) : null}
            {c.route ? <span className="block text-sm text-slate-600">{pick(c.route, locale)}</span> : null}
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-600">{tw("contactsLead")}</p>
    </TitledSection>
  );
}

export async function CaseAdvice({ advice }: { advice: CaseWorkspace["advice"] }) {
  if (advice.length === 0) return null;
  const [tw, locale] = await Promise.all([getTranslations("workspace"), getLocale()]);
  return (
    <TitledSection id="advice" title={tw("advice")}>
      <ul className="list-disc space-y-1 pl-5">
        {advice.map((a) => (
          <li key={a.id}>
            {pick(a.text, locale)}
            {a.items ? (
              <ul className="list-[circle] pl-5 text-sm">
                {a.items.map((item) => (
                  <li key={item.en}>{pick(item, locale)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="text-sm text-slate-500">{tw("notLegalAdvice")}</p>
    </TitledSection>
  );
}
