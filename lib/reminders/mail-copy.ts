import en from "@/lib/i18n/messages/en.json";
import zhCN from "@/lib/i18n/messages/zh-CN.json";
import type { ReminderLocale } from "./types";

type CopyKey = keyof typeof zhCN.reminderEmail;

/** Email copy from the app's message files (the worker renders outside next-intl). */
export function mailCopy(locale: ReminderLocale) {
  const messages = locale === "en" ? en.reminderEmail : zhCN.reminderEmail;
  return (key: CopyKey, values: Record<string, string | number> = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}
