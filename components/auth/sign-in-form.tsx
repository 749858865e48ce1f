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

export function SignInForm() {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignInInput>({
    resolver: zodResolver(SignInSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(result?.error === "rate_limited" ? "auth.rateLimited" : "auth.invalidCredentials");
      return;
    }
    router.push("/dashboard");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError && t(formError)} />
      <TextField
        id="email"
        type="email"
        autoComplete="email"
        label={t("auth.email")}
        error={errors.email?.message && t(errors.email.message)}
        registration={form.register("email")}
      />
      <TextField
        id="password"
        type="password"
        autoComplete="current-password"
        label={t("auth.password")}
        error={errors.password?.message && t(errors.password.message)}
        registration={form.register("password")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("auth.submittingSignIn") : t("auth.submitSignIn")}
      </button>
    </form>
  );
}
