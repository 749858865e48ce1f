import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { Bilingual } from "@/lib/deadlines";
import { translator, type Locale } from "@/lib/i18n/translator";
import { formatInstant } from "./format-instant";
import type { ReminderKind } from "./types";

/** One reminder inside an email, with everything the reader needs to act. */
export interface ReminderMailItem {
  readonly idempotencyKey: string;
  readonly kind: ReminderKind;
  readonly offsetHours: number | null;
  readonly label: Bilingual;
  readonly dueAt: Date;
  readonly derivation: Bilingual;
  readonly nextStep: Bilingual;
  readonly holidaysConfirmed: boolean;
  readonly caseTitle: string;
  readonly caseUrl: string;
}

export interface ReminderEmailProps {
  readonly locale: Locale;
  readonly timeZone: string;
  readonly subject: string;
  readonly items: readonly ReminderMailItem[];
  readonly unsubscribeUrl: string;
  readonly settingsUrl: string;
  readonly hasCalendar: boolean;
}

const text = { fontSize: "15px", lineHeight: "24px", margin: "4px 0", color: "#1f2937" } as const;
const muted = { ...text, fontSize: "13px", color: "#6b7280" } as const;

export function ReminderEmail(props: ReminderEmailProps) {
  const t = translator(props.locale, "reminderEmail");
  const lang = props.locale;
  // "Next step: …" takes a space; "下一步：…" does not (the full-width colon carries its own).
  const gap = lang === "en" ? " " : "";
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{props.subject}</Preview>
      <Body
        style={{ backgroundColor: "#f3f4f6", fontFamily: "system-ui, 'PingFang SC', 'Noto Sans CJK SC', sans-serif" }}
      >
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" }}>
          <Heading as="h1" style={{ fontSize: "20px", color: "#111827" }}>
            {t("heading")}
          </Heading>
          {props.items.map((item) => (
            <Section key={item.idempotencyKey} style={{ borderTop: "1px solid #e5e7eb", paddingTop: "12px" }}>
              <Heading as="h2" style={{ fontSize: "17px", color: "#991b1b", margin: "8px 0" }}>
                {item.label[lang]}
              </Heading>
              <Text style={text}>{t("case", { title: item.caseTitle })}</Text>
              <Text style={{ ...text, fontWeight: 600 }}>
                {item.kind === "OBLIGATION"
                  ? t("dueAt", { instant: formatInstant(item.dueAt, lang, props.timeZone) })
                  : t("lapsedAt", { instant: formatInstant(item.dueAt, lang, props.timeZone) })}
              </Text>
              <Text style={text}>
                {t("derivation")}
                {gap}
                {item.derivation[lang]}
              </Text>
              {item.holidaysConfirmed ? null : <Text style={muted}>{t("holidaysUnconfirmed")}</Text>}
              <Text style={text}>
                <strong>{t("nextStep")}</strong>
                {gap}
                {item.nextStep[lang]}
              </Text>
              <Link href={item.caseUrl} style={{ ...text, color: "#1d4ed8", textDecoration: "underline" }}>
                {t("openCase")}
              </Link>
            </Section>
          ))}
          {props.hasCalendar ? <Text style={muted}>{t("calendarNote")}</Text> : null}
          <Hr />
          <Text style={muted}>{t("footer")}</Text>
          <Text style={muted}>
            <Link href={props.settingsUrl}>{t("settings")}</Link>
            {" · "}
            <Link href={props.unsubscribeUrl}>{t("unsubscribe")}</Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
