import type { MessageKey } from "./translator";

/** Anything that can tell whether its messages have a key: next-intl's t, or translator()'s. */
interface HasMessages {
  has(key: MessageKey): boolean;
}

/**
 * A key that reaches a component as a plain string (a zod issue's message in a form, a code in
 * the query string) as a typed key, if the messages `t` holds have it, else `fallback`: the one
 * place a string becomes a key, checked against the real messages, so a stray English zod
 * message reads as a translated sentence instead of a raw key.
 */
export function knownKey(t: HasMessages, key: string, fallback: MessageKey = "errors.invalidInput"): MessageKey {
  const candidate = key as MessageKey;
  return t.has(candidate) ? candidate : fallback;
}
