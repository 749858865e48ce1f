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

export const ChangePasswordSchema = z.object({
  currentPassword: z.string({ error: "errors.required" }).max(128, { error: "errors.passwordTooLong" }),
  newPassword: z
    .string({ error: "errors.required" })
    .min(10, { error: "errors.passwordTooShort" })
    .max(128, { error: "errors.passwordTooLong" }),
});

/** Deleting the account needs the password, or for an account without one, the email typed out. */
export const DeleteAccountSchema = z.object({
  confirmation: z
    .string({ error: "errors.required" })
    .min(1, { error: "errors.required" })
    .max(254, { error: "errors.tooLong" }),
});

export const TwoFactorCodeSchema = z.object({
  code: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required" })
    .max(40, { error: "errors.tooLong" }),
});

export type ChangePasswordInput = z.input<typeof ChangePasswordSchema>;
export type DeleteAccountInput = z.input<typeof DeleteAccountSchema>;
export type TwoFactorCodeInput = z.input<typeof TwoFactorCodeSchema>;
