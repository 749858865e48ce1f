"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import {
  ChangePasswordSchema,
  DeleteAccountSchema,
  type ChangePasswordInput,
  type DeleteAccountInput,
} from "@/lib/auth/schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { primaryButtonClass } from "@/components/ui/field";
import { FormError, TextField } from "@/components/ui/text-field";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

const dangerButton = "rounded-md bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60";

export function ChangePasswordForm({
  submit,
}: {
  submit: (input: ChangePasswordInput) => Promise<ActionResult<null>>;
}) {
  const t = useTranslations();
  const [message, setMessage] = useState<{ kind: "error" | "done"; key: MessageKey } | null>(null);
  const form = useForm<ChangePasswordInput>({
    resolver: zodResolver(ChangePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await submit(values);
    if (!result.ok) {
      for (const [field, key] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof ChangePasswordInput, { message: key });
      }
      if (!result.fieldErrors) setMessage({ kind: "error", key: result.code });
      return;
    }
    form.reset();
    setMessage({ kind: "done", key: "security.passwordChanged" });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {message?.kind === "error" ? <FormError message={t(message.key)} /> : null}
      {message?.kind === "done" ? <p role="status">{t(message.key)}</p> : null}
      <TextField
        id="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("security.currentPassword")}
        error={errors.currentPassword?.message && t(knownKey(t, errors.currentPassword.message))}
        registration={form.register("currentPassword")}
      />
      <TextField
        id="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("security.newPassword")}
        hint={t("auth.passwordHint")}
        error={errors.newPassword?.message && t(knownKey(t, errors.newPassword.message))}
        registration={form.register("newPassword")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {t("security.changePassword")}
      </button>
    </form>
  );
}

export function SignOutEverywhereForm({ submit }: { submit: () => Promise<void> }) {
  const t = useTranslations();
  return (
    <form action={submit}>
      <button type="submit" className={primaryButtonClass}>
        {t("security.signOutEverywhere")}
      </button>
    </form>
  );
}

export function DeleteAccountForm({ submit }: { submit: (input: DeleteAccountInput) => Promise<ActionResult<null>> }) {
  const t = useTranslations();
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const form = useForm<DeleteAccountInput>({
    resolver: zodResolver(DeleteAccountSchema),
    defaultValues: { confirmation: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await submit(values);
    if (result && !result.ok) {
      if (result.fieldErrors?.confirmation) form.setError("confirmation", { message: result.fieldErrors.confirmation });
      else setFormError(result.code);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError && t(formError)} />
      <TextField
        id="confirmation"
        type="password"
        autoComplete="current-password"
        label={t("security.deleteConfirmation")}
        error={errors.confirmation?.message && t(knownKey(t, errors.confirmation.message))}
        registration={form.register("confirmation")}
      />
      <button type="submit" disabled={isSubmitting} className={dangerButton}>
        {t("security.deleteAccount")}
      </button>
    </form>
  );
}
