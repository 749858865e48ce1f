import { getTranslations } from "next-intl/server";
import type { CaseKind } from "@/lib/deadlines";
import { callsFirst } from "@/lib/first-aid/answers";
import { FirstAidForm } from "./first-aid-form";
import { UrgentCalls } from "./urgent-calls";

/**
 * First aid for one kind, as the prerendered page and the per-request page both start: the
 * numbers to call (fraud, account theft) above everything, then the questions. `children`
 * is the result, when the answers are there.
 */
export async function FirstAidPage({
  kind,
  values,
  errors,
  children,
}: {
  kind: CaseKind;
  values: Record<string, string>;
  errors: Record<string, string>;
  children?: React.ReactNode;
}) {
  const t = await getTranslations("firstAid");
  return (
    <article className="space-y-5">
      <h1 className="text-2xl font-bold">{t(`kinds.${kind}`)}</h1>
      {callsFirst(kind) ? <UrgentCalls kind={kind} platform={values.platform} bank={values.bank} /> : null}
      {children}
      <FirstAidForm kind={kind} values={values} errors={errors} />
    </article>
  );
}
