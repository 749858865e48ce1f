"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/forms/action-result";
import { SignUpSchema, type SignUpInput } from "@/lib/auth/schema";
import { primaryButtonClass } from "@/components/ui/field";
import { FormError, TextField } from "@/components/ui/text-field";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

/** `answers`: first aid's, carried to the case the confirmation link opens (validated again on the server). */
export function SignUpForm({
  answers,
  signUp,
}: {
  answers?: string;
  /** The server action (app/(auth)/actions.ts), passed in by the page. */
  signUp: (input: SignUpInput, answers?: string) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<SignUpInput>({
    resolver: zodResolver(SignUpSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signUp(values, answers);
    if (!result.ok) {
      for (const [field, key] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof SignUpInput, { message: key });
      }
      if (!result.fieldErrors) setFormError(result.code);
      return;
    }
    // The same answer for a new and a registered address: the mail says which.
    router.push("/sign-up/check-email");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError && t(formError)} />
      <TextField
        id="email"
        type="email"
        autoComplete="email"
        label={t("auth.email")}
        error={errors.email?.message && t(knownKey(t, errors.email.message))}
        registration={form.register("email")}
      />
      <TextField
        id="password"
        type="password"
        autoComplete="new-password"
        label={t("auth.password")}
        hint={t("auth.passwordHint")}
        error={errors.password?.message && t(knownKey(t, errors.password.message))}
        registration={form.register("password")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("auth.submittingSignUp") : t("auth.submitSignUp")}
      </button>
    </form>
  );
}
