import { z } from "zod";

// Shared by the sign-in/sign-up forms and the server; messages are i18n keys.
const email = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, { error: "errors.required" })
  .max(254, { error: "errors.tooLong" })
  .pipe(z.email({ error: "errors.invalidEmail" }))
  .transform((value) => value.toLowerCase());

export const SignUpSchema = z.object({
  email,
  password: z
    .string({ error: "errors.required" })
    .min(10, { error: "errors.passwordTooShort" })
    .max(128, { error: "errors.passwordTooLong" }),
});

export const SignInSchema = z.object({
  email,
  password: z
    .string({ error: "errors.required" })
    .min(1, { error: "errors.required" })
    .max(128, { error: "errors.passwordTooLong" }),
});

export const MagicLinkSchema = z.object({ email });

export type SignUpInput = z.input<typeof SignUpSchema>;
export type SignInInput = z.input<typeof SignInSchema>;
export type MagicLinkInput = z.input<typeof MagicLinkSchema>;
