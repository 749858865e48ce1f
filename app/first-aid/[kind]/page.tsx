import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { FirstAidPage } from "@/components/first-aid/first-aid-page";
import { FirstAidResult } from "@/components/first-aid/first-aid-result";
import { getSessionUser } from "@/lib/auth";
import { firstValues } from "@/lib/calculator/query";
import { kindOfSlug, parseFirstAid } from "@/lib/first-aid/answers";
import { FIRST_AID_REFUSED, firstAidRefusalKey } from "@/lib/first-aid/save";
import { saveFirstAid } from "../actions";
import { ClientMessages } from "@/components/layout/client-messages";

type Props = {
  params: Promise<{ kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = kindOfSlug((await params).kind);
  return kind ? { title: (await getTranslations("firstAid"))(`kinds.${kind}`) } : {};
}

// Rendered per request: the answers are in the query and the deadlines depend on now. The
// empty form for a visitor without a session is prerendered per language
// (app/prerendered/[locale]/first-aid/[kind]).
export default async function FirstAidKindPage({ params, searchParams }: Props) {
  await connection();
  const kind = kindOfSlug((await params).kind);
  if (!kind) notFound();
  const now = new Date();
  const values = firstValues(await searchParams);
  // A save refused by the case quota lands back here with its answers (lib/first-aid/save.ts).
  const refusal = firstAidRefusalKey(values[FIRST_AID_REFUSED]);
  const query = new URLSearchParams(values);
  const answered = ["at", "platform", "amount"].some((field) => query.has(field));
  const parsed = answered ? parseFirstAid(kind, query, now) : null;
  const user = parsed?.ok ? await getSessionUser() : null;
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "bills.import.too_many",
        "export.tooManyExports",
        "workspace.state",
        "workspace.transition",
      ]}
    >
      <FirstAidPage kind={kind} values={values} errors={parsed && !parsed.ok ? parsed.errors : {}}>
        {parsed?.ok ? (
          <FirstAidResult answers={parsed.answers} now={now} save={user ? saveFirstAid : null} refusal={refusal} />
        ) : null}
      </FirstAidPage>
    </ClientMessages>
  );
}
