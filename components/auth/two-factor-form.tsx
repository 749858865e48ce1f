"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TwoFactorCodeSchema, type TwoFactorCodeInput } from "@/lib/auth/schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { primaryButtonClass } from "@/components/ui/field";
import { FormError, TextField } from "@/components/ui/text-field";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

/** The code step of sign-in; `submit` is the server action, passed in by the page. */
export function TwoFactorForm({
  submit,
  next = "/dashboard",
  onSuccess,
}: {
  submit: (input: TwoFactorCodeInput) => Promise<ActionResult<unknown>>;
  next?: string;
  /** Instead of navigating to `next`. */
  onSuccess?: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<TwoFactorCodeInput>({ resolver: zodResolver(TwoFactorCodeSchema), defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await submit(values);
    if (!result.ok) {
      if (result.fieldErrors?.code) form.setError("code", { message: result.fieldErrors.code });
      else setFormError(result.code);
      return;
    }
    if (onSuccess) return onSuccess();
    router.push(next);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError && t(formError)} />
      <TextField
        id="code"
        autoComplete="one-time-code"
        inputMode="text"
        label={t("auth.twoFactorCode")}
        hint={t("auth.twoFactorCodeHint")}
        error={errors.code?.message && t(knownKey(t, errors.code.message))}
        registration={form.register("code")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {t("auth.twoFactorSubmit")}
      </button>
    </form>
  );
}
