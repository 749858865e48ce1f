"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { MagicLinkSchema, type MagicLinkInput } from "@/lib/auth/schema";
import { FormError, TextField } from "@/components/ui/text-field";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

const LINK_ERRORS: Record<string, MessageKey> = {
  link_limit_address: "auth.linkLimitAddress",
  link_limit_account: "auth.linkLimitAccount",
  link_limit_device: "auth.linkLimitDevice",
  link_limit_elsewhere: "auth.linkLimitElsewhere",
  invalid_email: "errors.invalidEmail",
  EmailSignin: "auth.emailSendFailed",
};

function linkErrorKey(code: string | null | undefined): MessageKey {
  return (code && LINK_ERRORS[code]) || "auth.signInFailed";
}

export function MagicLinkForm({ next = "/dashboard" }: { next?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<MagicLinkInput>({ resolver: zodResolver(MagicLinkSchema), defaultValues: { email: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setFormError(null);
    const result = await signIn("email", { email, redirect: false, callbackUrl: next });
    if (!result || result.error) {
      // The link limits and the address check answer before next-auth (lib/auth/guard-auth-request.ts),
      // each with its own code; next-auth reports a failure to send the mail as "EmailSignin".
      setFormError(linkErrorKey(result?.error));
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
        error={errors.email?.message && t(knownKey(t, errors.email.message))}
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
