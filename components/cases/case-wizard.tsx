"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { ChoiceOptions, Field, fieldAria, inputClass, primaryButtonClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/forms/action-result";
import { CASE_KINDS, CaseFormSchema, FirstStepSchema, PLATFORMS } from "@/lib/cases/schema";
import {
  type CaseValues,
  KindFactsFields,
  PaymentsFields,
  TitleNoteFields,
  defaultFacts,
  needsPayment,
  emptyPayment,
  useFieldError,
} from "./case-fields";
import { DiscardDraftButton } from "./discard-draft-button";
import { WizardBillStep, type Recovered, type WithDraft } from "./wizard-bill-step";
import { WizardScreenshotPayment } from "@/components/screenshots/screenshot-entry";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

type SaveDraft = (input: unknown) => Promise<ActionResult<{ id: string; version: number }>>;
type OpenCase = (draftId: string | null, input: unknown) => Promise<ActionResult<{ id: string }>>;
type DiscardDraft = (draftId: string) => Promise<ActionResult<undefined>>;

const STEP_FIELDS = [["kind", "platform"], ["facts"], ["payments", "title", "note"]] as const;

const STEP_TITLES = ["wizard.step1", "wizard.step2", "wizard.step3"] as const;

/**
 * The intake wizard: three short steps, saved as a DRAFT case on the server as the user
 * goes (step changes and a pause in typing), so closing the tab loses nothing. The last
 * step opens the case; the server action re-validates with the same schema. Payments can
 * come from a bill (imported into the draft, the file kept as its evidence); discarding
 * the draft deletes all of it.
 */
export function CaseWizard({
  saveDraft,
  openCase,
  discardDraft,
  timeZone,
  zoneLabel,
  draft,
}: {
  saveDraft: SaveDraft;
  openCase: OpenCase;
  discardDraft: DiscardDraft;
  timeZone: string;
  zoneLabel: string;
  draft?: { id: string; version: number; values: Record<string, unknown>; recovered?: Recovered } | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const saved = (draft?.values ?? {}) as Partial<CaseValues> & { step?: number };
  // The title step starts from a suggestion in the language the user reads now; the server
  // stores a suggestion left as it is as "" and shows it in the reader's language (lib/cases/case-title.ts).
  const suggest = (v: { kind?: string; platform?: string }) =>
    v.kind && v.platform
      ? t("cases.generatedTitle", {
          platform: t(knownKey(t, `cases.platforms.${v.platform}`)),
          kind: t(knownKey(t, `cases.kinds.${v.kind}`)),
        })
      : "";
  const initialTitle = saved.title || (saved.step === 2 ? suggest(saved) : "");
  const suggested = useRef(saved.title ? null : initialTitle);
  const form = useForm<CaseValues>({
    resolver: zodResolver(CaseFormSchema) as unknown as Resolver<CaseValues>,
    defaultValues: {
      kind: saved.kind ?? "",
      platform: saved.platform ?? "",
      title: initialTitle,
      note: saved.note ?? "",
      timeZone,
      payments: saved.payments?.length ? saved.payments : [{ ...emptyPayment }],
      facts: saved.facts ?? {},
    },
  });
  const [step, setStep] = useState(Math.min(Math.max(saved.step ?? 0, 0), 2));
  const [saveState, setSaveState] = useState<"idle" | "saving" | "saved">(draft ? "saved" : "idle");
  const [formError, setFormError] = useState<MessageKey | null>(null);
  const draftRef = useRef(draft ? { id: draft.id, version: draft.version } : null);
  const [hasDraft, setHasDraft] = useState(Boolean(draft));
  const [recovered, setRecovered] = useState<Recovered>(draft?.recovered ?? { count: 0, totalFen: "0" });
  const discarded = useRef(false);
  const queue = useRef(Promise.resolve());
  const error = useFieldError(form);
  const kind = useWatch({ control: form.control, name: "kind" });

  // Saves run one after another: each carries the version the previous one returned.
  const persist = (atStep: number) => {
    const { kind: k, platform } = form.getValues();
    if (!k || !platform || discarded.current) return queue.current;
    queue.current = queue.current.then(async () => {
      setSaveState("saving");
      const current = draftRef.current;
      const result = await saveDraft({
        ...(current ? { caseId: current.id, version: current.version } : {}),
        kind: k,
        platform,
        values: { ...form.getValues(), step: atStep },
      });
      if (!result.ok) {
        setFormError(result.code);
        setSaveState("idle");
        return;
      }
      if (!current) window.history.replaceState(null, "", `/cases/${result.data.id}`);
      draftRef.current = result.data;
      setHasDraft(true);
      setSaveState("saved");
    });
    return queue.current;
  };

  // A pause in typing saves too (only once a draft exists: step 1 creates it).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: () => {
        if (!draftRef.current) return;
        clearTimeout(timer);
        timer = setTimeout(() => void persist(step), 1500);
      },
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- persist reads refs and form state
  }, [form, step]);

  const goTo = async (next: number) => {
    setFormError(null);
    if (next > step && step === 0) {
      // The union needs a kind before it can check anything else: check the first step on its own.
      const first = FirstStepSchema.safeParse(form.getValues());
      if (!first.success) {
        for (const issue of first.error.issues) {
          form.setError(issue.path[0] as "kind" | "platform", { message: issue.message });
        }
        return;
      }
    } else if (next > step) {
      const valid = await form.trigger([...STEP_FIELDS[step]!] as Parameters<typeof form.trigger>[0]);
      if (!valid) return;
    }
    const title = form.getValues("title");
    if (next === 2 && (!title || title === suggested.current)) {
      // A suggestion the user has not changed follows a changed kind or platform.
      suggested.current = suggest(form.getValues());
      form.setValue("title", suggested.current);
    }
    setStep(next);
    await persist(next);
  };

  const onKindChange = (value: string) => {
    form.setValue("facts", defaultFacts(value));
    // A kind that may have lost nothing (a restricted account) starts without a payment row;
    // rows already typed stay.
    const rows = form.getValues("payments") ?? [];
    const blank = rows.every((p) => !p.amount && !p.occurredAt && !p.transactionId);
    if (!needsPayment(value) && blank) form.setValue("payments", []);
    else if (needsPayment(value) && rows.length === 0) form.setValue("payments", [{ ...emptyPayment }]);
  };

  // A bill import changes the draft too: it waits for the saves before it (so the server merges
  // the picked rows with what is typed), and the saves after it carry the version it produced.
  const withDraft: WithDraft = async (task) => {
    await persist(step);
    const run = queue.current.then(async () => {
      const current = draftRef.current;
      if (!current) return null;
      const outcome = await task(current);
      if (outcome.version !== undefined) draftRef.current = { id: current.id, version: outcome.version };
      return outcome.value;
    });
    queue.current = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  const discard = async () => {
    discarded.current = true;
    await queue.current;
    const current = draftRef.current;
    const result = current ? await discardDraft(current.id) : null;
    if (result && !result.ok) {
      discarded.current = false;
      setFormError(result.code);
      return;
    }
    router.push("/cases");
    router.refresh();
  };

  const submit = async () => {
    setFormError(null);
    await queue.current;
    const result = await openCase(draftRef.current?.id ?? null, form.getValues());
    if (!result.ok) {
      for (const [field, key] of Object.entries(result.fieldErrors ?? {})) {
        form.setError(field as keyof CaseValues, { message: key });
      }
      setFormError(result.code);
      return;
    }
    router.push(`/cases/${result.data.id}`);
    router.refresh();
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => void form.handleSubmit(submit)(e);

  const kindField = form.register("kind", {
    onChange: (e: { target: { value: string } }) => onKindChange(e.target.value),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm text-slate-600">
        <span>
          {t("wizard.step", { n: step + 1 })} · {t(STEP_TITLES[step] ?? "wizard.step1")}
        </span>
        <span role="status">
          {saveState === "saving" ? t("wizard.draftSaving") : saveState === "saved" ? t("wizard.draftSaved") : ""}
        </span>
      </div>
      <FormError message={formError && t(formError)} />
      {step === 0 ? (
        <>
          <fieldset className="space-y-2">
            <legend className="font-medium">{t("cases.kind")}</legend>
            {CASE_KINDS.map((k) => (
              <div key={k} className="flex items-start gap-2 rounded-md border border-slate-200 bg-white p-2">
                <input
                  id={`kind-${k}`}
                  type="radio"
                  value={k}
                  className="mt-1"
                  aria-describedby={`kind-${k}-hint`}
                  {...kindField}
                />
                <span>
                  <label htmlFor={`kind-${k}`} className="block">
                    {t(`cases.kinds.${k}`)}
                  </label>
                  <span id={`kind-${k}-hint`} className="block text-sm text-slate-500">
                    {t(`wizard.kindHints.${k}`)}
                  </span>
                </span>
              </div>
            ))}
            {error("kind") ? (
              <p role="alert" className="text-sm text-red-700">
                {error("kind")}
              </p>
            ) : null}
          </fieldset>
          <Field id="platform" label={t("cases.platform")} error={error("platform")}>
            <select
              id="platform"
              className={inputClass}
              {...fieldAria("platform", false, error("platform"))}
              {...form.register("platform")}
            >
              <ChoiceOptions
                placeholder={t("cases.choose")}
                options={PLATFORMS.map((p) => ({ value: p, label: t(`cases.platforms.${p}`) }))}
              />
            </select>
          </Field>
          <p className="text-sm text-slate-500">{t("wizard.draftNote")}</p>
        </>
      ) : null}
      {step === 1 ? (
        <>
          <p className="text-sm text-slate-600">{t("wizard.timesIn", { zone: zoneLabel })}</p>
          <KindFactsFields form={form} kind={kind} />
        </>
      ) : null}
      {step === 2 ? (
        <>
          <WizardBillStep
            withDraft={withDraft}
            setPayments={(payments) => {
              form.setValue("payments", payments, { shouldDirty: true });
              form.clearErrors("payments"); // the rows came from the server, read from the bill
            }}
            recovered={recovered}
            setRecovered={setRecovered}
          />
          <WizardScreenshotPayment
            withDraft={withDraft}
            setPayments={(payments) => {
              form.setValue("payments", payments, { shouldDirty: true });
              form.clearErrors("payments"); // the rows came from the server, confirmed from a screenshot
            }}
            zoneLabel={zoneLabel}
          />
          <PaymentsFields form={form} zoneLabel={zoneLabel} />
          <TitleNoteFields form={form} />
        </>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {step > 0 ? (
          <button
            type="button"
            className="rounded-md border border-slate-300 px-4 py-2"
            onClick={() => void goTo(step - 1)}
          >
            {t("wizard.back")}
          </button>
        ) : null}
        {/* Distinct keys: reusing the clicked "Next" element as the submit button made the click's
            default action submit the form as soon as the last step rendered. */}
        {step < 2 ? (
          <button key="next" type="button" className={primaryButtonClass} onClick={() => void goTo(step + 1)}>
            {t("wizard.next")}
          </button>
        ) : (
          <button key="submit" type="submit" disabled={form.formState.isSubmitting} className={primaryButtonClass}>
            {form.formState.isSubmitting ? t("wizard.submitting") : t("wizard.submit")}
          </button>
        )}
        {hasDraft ? (
          <div className="ml-auto">
            <DiscardDraftButton discard={discard} />
          </div>
        ) : null}
      </div>
    </form>
  );
}
