"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { SignInSchema, type SignInInput } from "@/lib/auth/schema";
import { primaryButtonClass } from "@/components/ui/field";
import { FormError, TextField } from "@/components/ui/text-field";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

function signInErrorKey(code: string | null | undefined): MessageKey {
  if (code === "rate_limited") return "auth.rateLimited";
  if (code === "email_unverified") return "auth.emailUnverified";
  return "auth.invalidCredentials";
}

export function SignInForm({ next = "/dashboard" }: { next?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(signInErrorKey(result?.error));
      return;
    }
    router.push(next);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError && t(formError)} />
      {formError === "auth.rateLimited" ? (
        // The owner is never stuck behind the limit: the emailed link is a separate path in.
        <a href="#magic-email" className="text-sky-700 underline">
          {t("auth.useMagicLinkInstead")}
        </a>
      ) : null}
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
        autoComplete="current-password"
        label={t("auth.password")}
        error={errors.password?.message && t(knownKey(t, errors.password.message))}
        registration={form.register("password")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("auth.submittingSignIn") : t("auth.submitSignIn")}
      </button>
    </form>
  );
}
