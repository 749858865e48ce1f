import {
  createTranslator,
  type Messages,
  type MessageKeys,
  type NamespaceKeys,
  type NestedKeyOf,
  type NestedValueOf,
  type _Translator,
} from "use-intl/core";
import { LOCALE_COOKIE, defaultLocale, defaultTimeZone, type locales, resolveLocale } from "./config";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

// The one way to the app's messages outside a request (ADR 0033): mail, the calendar feed,
// printed documents, case titles, reminders, route handlers' JSON errors. next-intl's own
// getTranslations needs a request; the worker and a document rendered for a chosen language
// have none. Same messages, same ICU formatter, same typed keys as the pages.

/** The languages Recourse speaks. The only definition: everything else imports this one. */
export type Locale = (typeof locales)[number];

/** Every message key, dotted from the top ("errors.crossSite"): what code may name at run time. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
/** Every group of messages ("evidence.errors"). */
export type MessageNamespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
/** The keys inside one namespace ("auth" → "rateLimited" | …), for a translator scoped to it. */
export type KeyIn<Namespace extends MessageNamespace> = MessageKeys<
  NestedValueOf<Messages, Namespace>,
  NestedKeyOf<NestedValueOf<Messages, Namespace>>
>;
/** A translator as translator() returns it, optionally scoped to one namespace. */
export type Translator<Namespace extends MessageNamespace = never> = _Translator<Messages, Namespace>;

// Typed as zh-CN's shape: an English file that lost or renamed a key fails typecheck here.
const MESSAGES: Readonly<Record<Locale, Messages>> = { "zh-CN": zh, en };

/** The messages of one language, for code that walks them (the copy check, tests). */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

// One translator per language and namespace, kept: each holds the cache of parsed messages, and
// a case list titles every case in both languages.
const made = new Map<string, unknown>();

/**
 * The app's messages in `locale`, optionally scoped to a namespace. Formats ICU plurals and
 * selects like the pages do; the time zone is Beijing's, as everywhere in Recourse.
 */
export function translator<Namespace extends MessageNamespace = never>(
  locale: Locale,
  namespace?: Namespace,
): Translator<Namespace> {
  const key = `${locale}:${namespace ?? ""}`;
  const kept = made.get(key) as Translator<Namespace> | undefined;
  if (kept) return kept;
  const t = createTranslator({ locale, messages: MESSAGES[locale], timeZone: defaultTimeZone, namespace });
  made.set(key, t);
  return t;
}

/**
 * Whether a string read at run time (a zod issue, an event type from the database) names a
 * message: the narrowing that lets it reach t() without a cast, and a fallback when it does not.
 */
export function isMessageKey(key: string): key is MessageKey {
  let node: unknown = MESSAGES[defaultLocale];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, part)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

/** The user's language as the pages see it: the locale cookie, else the browser's Accept-Language. */
export function requestLocale(request: Request): Locale {
  const value = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale(value, request.headers.get("accept-language"));
}
