import { createTranslator } from "next-intl";
import enMessages from "@/lib/i18n/messages/en.json";
import zhMessages from "@/lib/i18n/messages/zh-CN.json";
import type { PrintLocale } from "./print-doc";

const MESSAGES = { "zh-CN": zhMessages, en: enMessages } as const;

export type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
  raw: (key: string) => unknown;
};

/** The app's messages outside a request (documents are rendered for a chosen language, not the cookie's). */
export function translator(locale: PrintLocale): Translate {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return t as unknown as Translate;
}
