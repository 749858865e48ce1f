"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { MagicLinkSchema, type MagicLinkInput } from "@/lib/auth/schema";
import { FormError, TextField } from "@/components/ui/text-field";

export function MagicLinkForm({ next = "/dashboard" }: { next?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<MagicLinkInput>({ resolver: zodResolver(MagicLinkSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    const result = await signIn("email", { email, redirect: false, callbackUrl: next });
    if (!result || result.error) {
      // The per-address limit and the address check answer before next-auth (lib/auth/guard-auth-request.ts);
      // next-auth reports any failure to send (the per-account limit included) as "EmailSignin".
      const error = result?.error;
      setFormError(
        error === "rate_limited"
          ? "auth.magicLinkRateLimited"
          : error === "invalid_email"
            ? "errors.invalidEmail"
            : error === "EmailSignin"
              ? "auth.emailSendFailed"
              : "auth.signInFailed",
      );
      return;
    }
    router.push("/sign-in/check-email");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError && t(formError)} />
      <TextField
        id="magic-email"
        type="email"
        autoComplete="email"
        label={t("auth.email")}
        error={errors.email?.message && t(errors.email.message)}
        registration={form.register("email")}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded-md border border-slate-300 bg-white px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
      >
        {isSubmitting ? t("auth.sendingMagicLink") : t("auth.sendMagicLink")}
      </button>
    </form>
  );
}
