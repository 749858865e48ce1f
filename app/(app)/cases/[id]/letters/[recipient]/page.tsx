import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { LetterEditor } from "@/components/letters/letter-editor";
import { whenText, pick } from "@/components/cases/format";
import { requireUser } from "@/lib/auth";
import { NotFoundError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { isRecipient } from "@/lib/letters";
import { getLetterDraft } from "@/lib/letters/server";
import { saveLetterAction } from "../actions";
import { ClientMessages } from "@/components/layout/client-messages";

type Props = {
  params: Promise<{ id: string; recipient: string }>;
  searchParams: Promise<{ lang?: string; version?: string }>;
};

const load = cache(async (id: string, recipient: string, lang: string | undefined, versionText: string | undefined) => {
  const user = await requireUser();
  const locale = isLocale(lang) ? lang : await getLocale();
  const version = versionText === undefined ? undefined : Number(versionText);
  if (!isRecipient(recipient) || !isLocale(locale)) notFound();
  if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) notFound();
  try {
    return await getLetterDraft(user.id, id, recipient, locale, new Date(), version);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
});

async function loadFrom({ params, searchParams }: Props) {
  const [{ id, recipient }, { lang, version }] = await Promise.all([params, searchParams]);
  return load(id, recipient, lang, version);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const letter = await loadFrom(props);
  const [t, locale] = await Promise.all([getTranslations("letters"), getLocale()]);
  // In the reader's language, like the heading (the letter itself may be in the other one).
  return { title: `${t(`recipients.${letter.recipient}`)} · ${pick(letter.caseTitle, locale)}` };
}

export default async function LetterPage(props: Props) {
  const letter = await loadFrom(props);
  const [t, locale] = await Promise.all([getTranslations("letters"), getLocale()]);
  const base = `/cases/${letter.caseId}/letters/${letter.recipient}`;
  const other = letter.locale === "zh-CN" ? "en" : "zh-CN";
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "evidence.errors",
        "export.tooManyExports",
        "letters",
        "wizard.delayed",
        "wizard.zoneBeijing",
      ]}
    >
      <article className="mx-auto max-w-3xl space-y-4">
        <Link href={`/cases/${letter.caseId}`} className="text-sm text-sky-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-xl font-bold sm:text-2xl">
          {t(`recipients.${letter.recipient}`)} · {pick(letter.caseTitle, locale)}
        </h1>
        <p className="text-sm text-slate-600">{t("lead")}</p>
        <p className="text-sm">
          {t("draftIn")}{" "}
          <Link href={`${base}?lang=${other}`} className="text-sky-700 underline" hrefLang={other}>
            {t(other === "en" ? "en" : "zh")}
          </Link>
        </p>
        {letter.version !== null && letter.versions[0]?.version !== letter.version ? (
          <p role="note">{t("showing", { version: letter.version })}</p>
        ) : null}
        <LetterEditor
          key={`${letter.locale}-${letter.version ?? 0}`}
          caseId={letter.caseId}
          recipient={letter.recipient}
          locale={letter.locale}
          initialText={letter.text}
          version={letter.version}
          downloadUrl={`/api/cases/${letter.caseId}/letters/${letter.recipient}?lang=${letter.locale}`}
          save={saveLetterAction}
        />
        {letter.versions.length > 0 ? (
          <section aria-labelledby="versions" className="space-y-2">
            <h2 id="versions" className="font-semibold">
              {t("versions")}
            </h2>
            <ol className="list-inside list-disc text-sm">
              {letter.versions.map((v) => (
                <li key={v.version}>
                  <Link href={`${base}?lang=${letter.locale}&version=${v.version}`} className="text-sky-700 underline">
                    {t("versionItem", {
                      version: v.version,
                      at: whenText(v.createdAt, locale, letter.timeZone),
                      chars: v.chars,
                    })}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </article>
    </ClientMessages>
  );
}
