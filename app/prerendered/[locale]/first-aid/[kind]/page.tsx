import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FirstAidPage } from "@/components/first-aid/first-aid-page";
import { FIRST_AID_SLUG_LIST, kindOfSlug } from "@/lib/first-aid/answers";
import { prerenderedLocale } from "@/lib/i18n/prerendered-locale";

type Params = { params: Promise<{ locale: string; kind: string }> };

export const dynamicParams = false;

export function generateStaticParams(): Array<{ kind: string }> {
  return FIRST_AID_SLUG_LIST.map((kind) => ({ kind }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  await prerenderedLocale(params);
  const kind = kindOfSlug((await params).kind);
  return kind ? { title: (await getTranslations("firstAid"))(`kinds.${kind}`) } : {};
}

// The first screen of first aid, before any answer: the numbers to call and the questions.
// With answers in the query the page is rendered per request (app/first-aid/[kind]).
export default async function PrerenderedFirstAidPage({ params }: Params) {
  await prerenderedLocale(params);
  const kind = kindOfSlug((await params).kind);
  if (!kind) notFound();
  return <FirstAidPage kind={kind} values={{}} errors={{}} />;
}
