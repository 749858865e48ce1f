import { z } from "zod";

// Text a person typed into a one-line field (a case title, a name). PostgreSQL refuses
// U+0000 in text (a 500 if it reaches the database), a lone surrogate cannot be
// encoded as UTF-8, control characters and zero-width-only strings show as nothing.
// All of these become a field error instead.

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const INVISIBLE = /[\s\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\u00ad\u180e]/gu;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

/** Adds the checks to a string schema; `message` is the i18n key for the field error. */
export function plainLine(message = "errors.invalidCharacters") {
  return z
    .string({ error: "errors.required" })
    .refine((value) => !CONTROL.test(value) && !hasLoneSurrogate(value), { error: message })
    .refine((value) => value.length === 0 || value.replace(INVISIBLE, "").length > 0, { error: "errors.required" });
}

/** The same checks as a predicate, for code that already has its own schema. */
export function isPlainLine(value: string): boolean {
  return plainLine().safeParse(value).success;
}
