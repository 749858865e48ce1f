"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMessages, useTranslations } from "next-intl";
import { useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { ChoiceOptions, Field, fieldAria, inputClass, primaryButtonClass } from "@/components/ui/field";
import { CaseFormSchema, PLATFORMS } from "@/lib/cases/schema";
import type { ActionResult } from "@/lib/forms/action-result";
import { type CaseValues, KindFactsFields, PaymentsFields, TitleNoteFields, useFieldError } from "./case-fields";

/**
 * Edits the facts of an open case. The save carries the version the page was rendered
 * from: if the case changed elsewhere since, the server refuses and this names what changed.
 */
export function EditCaseForm({
  initial,
  version,
  zoneLabel,
  update,
}: {
  initial: CaseValues;
  version: number;
  zoneLabel: string;
  update: (version: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations();
  const messages = useMessages();
  const router = useRouter();
  const form = useForm<CaseValues>({
    resolver: zodResolver(CaseFormSchema) as unknown as Resolver<CaseValues>,
    defaultValues: initial,
  });
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const error = useFieldError(form);
  const onSubmit = form.handleSubmit(async () => {
    setNotice(null);
    const result = await update(version, form.getValues());
    if (result.ok) {
      setNotice({ ok: true, text: t("workspace.factsSaved") });
      router.refresh();
      return;
    }
    if (result.code === "errors.versionConflict") {
      // Keyed by path ("facts.discoveredAt"), so read as a map: a dot in a key is not nesting here.
      const labels: Record<string, string> = messages.workspace.fields;
      const fields = Object.keys(result.fieldErrors ?? {}).map((f) => labels[f] ?? f);
      setNotice({ ok: false, text: t("workspace.conflict", { fields: fields.join(t("workspace.fieldSeparator")) }) });
      return;
    }
    for (const [field, key] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as keyof CaseValues, { message: key });
    }
    setNotice({ ok: false, text: t(result.code) });
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="edit-platform" label={t("cases.platform")} error={error("platform")}>
        <select
          id="edit-platform"
          className={inputClass}
          {...fieldAria("edit-platform", false, error("platform"))}
          {...form.register("platform")}
        >
          <ChoiceOptions options={PLATFORMS.map((p) => ({ value: p, label: t(`cases.platforms.${p}`) }))} />
        </select>
      </Field>
      <KindFactsFields form={form} kind={initial.kind} />
      <PaymentsFields form={form} zoneLabel={zoneLabel} />
      <TitleNoteFields form={form} />
      {notice ? (
        <div
          role={notice.ok ? "status" : "alert"}
          className={notice.ok ? "text-emerald-800" : "rounded bg-red-50 p-3 text-red-900"}
        >
          <p>{notice.text}</p>
          {!notice.ok ? (
            <button type="button" className="mt-2 underline" onClick={() => window.location.reload()}>
              {t("workspace.reload")}
            </button>
          ) : null}
        </div>
      ) : null}
      <button type="submit" disabled={form.formState.isSubmitting} className={primaryButtonClass}>
        {t("workspace.saveFacts")}
      </button>
    </form>
  );
}
