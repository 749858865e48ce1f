"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { openCase } from "@/app/(app)/cases/actions";
import { CASE_KINDS, NewCaseSchema, PLATFORMS, type NewCase, type NewCaseInput } from "@/lib/cases/schema";
import { ChoiceOptions, Field, fieldAria, inputClass, primaryButtonClass } from "@/components/ui/field";
import { FormError, TextField } from "@/components/ui/text-field";

export function NewCaseForm() {
  const t = useTranslations();
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<NewCaseInput, unknown, NewCase>({
    resolver: zodResolver(NewCaseSchema),
    defaultValues: { title: "", amount: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const message = (key: string | undefined) => (key ? t(key) : undefined);

  // The server gets what the person typed, not the parsed values: it parses again itself.
  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    const result = await openCase(form.getValues());
    if (!result.ok) {
      for (const [field, key] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof NewCaseInput, { message: key });
      }
      if (!result.fieldErrors) setFormError(result.code);
      return;
    }
    router.push(`/cases/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormError message={formError && t(formError)} />
      <Field id="kind" label={t("cases.kind")} error={message(errors.kind?.message)}>
        <select
          id="kind"
          defaultValue=""
          className={inputClass}
          {...fieldAria("kind", false, errors.kind?.message)}
          {...form.register("kind")}
        >
          <ChoiceOptions
            placeholder={t("cases.choose")}
            options={CASE_KINDS.map((kind) => ({ value: kind, label: t(`cases.kinds.${kind}`) }))}
          />
        </select>
      </Field>
      <Field id="platform" label={t("cases.platform")} error={message(errors.platform?.message)}>
        <select
          id="platform"
          defaultValue=""
          className={inputClass}
          {...fieldAria("platform", false, errors.platform?.message)}
          {...form.register("platform")}
        >
          <ChoiceOptions
            placeholder={t("cases.choose")}
            options={PLATFORMS.map((platform) => ({ value: platform, label: t(`cases.platforms.${platform}`) }))}
          />
        </select>
      </Field>
      <TextField
        id="title"
        type="text"
        maxLength={200}
        placeholder={t("cases.titlePlaceholder")}
        label={t("cases.title")}
        error={message(errors.title?.message)}
        registration={form.register("title")}
      />
      <TextField
        id="amount"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        label={t("cases.amount")}
        hint={t("cases.amountHint")}
        error={message(errors.amount?.message)}
        registration={form.register("amount")}
      />
      <button type="submit" disabled={isSubmitting} className={primaryButtonClass}>
        {isSubmitting ? t("cases.submitting") : t("cases.submit")}
      </button>
    </form>
  );
}
