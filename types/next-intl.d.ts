import type { locales } from "@/lib/i18n/config";
import type messages from "@/lib/i18n/messages/zh-CN.json";

// Typed message keys: a wrong key in t("…") fails `npm run typecheck` (ADR 0033). The locale
// is spelled from the list, not imported from lib/i18n/translator: that module's own types
// read this config, and the loop left getLocale() untyped.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof locales)[number];
    Messages: typeof messages;
  }
}
