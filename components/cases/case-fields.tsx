"use client";

import { useTranslations } from "next-intl";
import { type FieldErrors, type UseFormReturn, useFieldArray, useWatch } from "react-hook-form";
import { ChoiceOptions, Field, fieldAria, inputClass } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { CASE_KINDS, type CaseKind } from "@/lib/deadlines/case-input";
import { KINDS } from "@/lib/kinds";
import { BANK_IDS } from "@/lib/kinds/banks";
import { knownKey } from "@/lib/i18n/message-key";

// The wizard's fields, shared by the intake wizard and the "edit case details" form.

export interface PaymentValues {
  occurredAt: string;
  amount: string;
  transactionId: string;
  counterpartyName: string;
  counterpartyAccount: string;
}
export interface CaseValues {
  kind: string;
  platform: string;
  title: string;
  note: string;
  timeZone: string;
  payments: PaymentValues[];
  facts: Record<string, string>;
}
export type CaseFormApi = UseFormReturn<CaseValues>;

export const emptyPayment: PaymentValues = {
  occurredAt: "",
  amount: "",
  transactionId: "",
  counterpartyName: "",
  counterpartyAccount: "",
};

/** Facts a kind starts with (radios need a value the schema accepts or an explicit choice). */
/** Whether the kind needs a payment (a restricted account or a court freeze may have lost nothing). */
export function needsPayment(kind: string | undefined): boolean {
  return kind && (CASE_KINDS as readonly string[]).includes(kind) ? KINDS[kind as CaseKind].needsPayment : true;
}

export function defaultFacts(kind: string): Record<string, string> {
  return (CASE_KINDS as readonly string[]).includes(kind) ? { ...KINDS[kind as CaseKind].defaultFacts } : {};
}

function errorAt(errors: FieldErrors<CaseValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}

export function useFieldError(form: CaseFormApi) {
  const t = useTranslations();
  return (path: string) => {
    const key = errorAt(form.formState.errors, path);
    return key ? t(knownKey(t, key)) : undefined;
  };
}

export function RadioGroup({
  form,
  name,
  legend,
  options,
}: {
  form: CaseFormApi;
  name: `facts.${string}` | "kind";
  legend: string;
  options: readonly { value: string; label: string; hint?: string }[];
}) {
  const error = useFieldError(form)(name);
  const id = name.replaceAll(".", "-");
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 rounded-md border border-slate-200 bg-white p-2">
          <input type="radio" value={o.value} className="mt-1" {...form.register(name)} />
          <span>
            <span className="block">{o.label}</span>
            {o.hint ? <span className="block text-sm text-slate-500">{o.hint}</span> : null}
          </span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function FactText({
  form,
  name,
  label,
  type = "text",
}: {
  form: CaseFormApi;
  name: string;
  label: string;
  type?: "text" | "datetime" | "date";
}) {
  const error = useFieldError(form)(`facts.${name}`);
  return (
    <TextField
      id={`facts-${name}`}
      wallTime={type === "text" ? undefined : type}
      label={label}
      error={error}
      maxLength={type === "text" ? 500 : undefined}
      registration={form.register(`facts.${name}`)}
    />
  );
}

/** The card's bank, asked only for a bank card: it gives the case the bank's service line. */
function BankField({ form }: { form: CaseFormApi }) {
  const t = useTranslations();
  const platform = useWatch({ control: form.control, name: "platform" });
  const error = useFieldError(form)("facts.bank");
  if (platform !== "BANK_CARD") return null;
  return (
    <Field id="facts-bank" label={t("wizard.bank")} hint={t("wizard.bankHint")} error={error}>
      <select
        id="facts-bank"
        className={inputClass}
        {...fieldAria("facts-bank", true, error)}
        {...form.register("facts.bank")}
      >
        <ChoiceOptions
          options={[
            { value: "", label: t("wizard.bankUnknown") },
            ...BANK_IDS.map((b) => ({ value: b, label: t(`cases.banks.${b}`) })),
          ]}
        />
      </select>
    </Field>
  );
}

/** What this kind's deadlines and evidence need, and no more (and the card's bank on a bank card). */
export function KindFactsFields({ form, kind }: { form: CaseFormApi; kind: string }) {
  return (
    <>
      <BankField form={form} />
      <KindOwnFields form={form} kind={kind} />
    </>
  );
}

function KindOwnFields({ form, kind }: { form: CaseFormApi; kind: string }) {
  const t = useTranslations("wizard");
  const facts = useWatch({ control: form.control, name: "facts" });
  const yesNo = [
    { value: "yes", label: t("yes") },
    { value: "no", label: t("no") },
  ];
  switch (kind) {
    case "MISDIRECTED_TRANSFER":
      return (
        <RadioGroup
          form={form}
          name="facts.delayedArrival"
          legend={t("delayedArrival")}
          options={(["NONE", "2", "24", "UNKNOWN"] as const).map((v) => ({ value: v, label: t(`delayed.${v}`) }))}
        />
      );
    case "FRAUD":
      return (
        <>
          <FactText form={form} name="discoveredAt" type="datetime" label={t("discoveredAt")} />
          <RadioGroup form={form} name="facts.policeReported" legend={t("policeReported")} options={yesNo} />
          {facts?.policeReported === "yes" ? (
            <>
              <FactText form={form} name="policeReportedAt" type="datetime" label={t("policeReportedAt")} />
              <FactText form={form} name="policeReceiptNo" label={t("policeReceiptNo")} />
            </>
          ) : null}
        </>
      );
    case "MERCHANT_DISPUTE":
      return (
        <>
          <FactText form={form} name="orderNumber" label={t("orderNumber")} />
          <RadioGroup
            form={form}
            name="facts.purchase"
            legend={t("purchase")}
            options={[
              { value: "GOODS", label: t("purchaseGOODS") },
              { value: "SERVICES", label: t("purchaseSERVICES") },
            ]}
          />
          {facts?.purchase === "GOODS" ? (
            <FactText form={form} name="goodsReceivedAt" type="datetime" label={t("goodsReceivedAt")} />
          ) : null}
        </>
      );
    case "INSURANCE_CLAIM":
      return (
        <>
          <FactText form={form} name="discoveredAt" type="datetime" label={t("theftDiscoveredAt")} />
          <FactText form={form} name="policyNumber" label={t("policyNumber")} />
          <FactText form={form} name="claimNumber" label={t("claimNumber")} />
          <RadioGroup form={form} name="facts.theftReported" legend={t("theftReported")} options={yesNo} />
          {facts?.theftReported === "yes" ? (
            <FactText form={form} name="theftReportedAt" type="datetime" label={t("theftReportedAt")} />
          ) : null}
        </>
      );
    case "JUDICIAL_FREEZE":
      return (
        <>
          <RadioGroup
            form={form}
            name="facts.direction"
            legend={t("direction")}
            options={(["MY_ACCOUNT_FROZEN", "FREEZE_OTHER_SIDE"] as const).map((v) => ({
              value: v,
              label: t(`direction${v}`),
            }))}
          />
          <FactText form={form} name="court" label={t("court")} />
          <FactText form={form} name="noticeNumber" label={t("noticeNumber")} />
          {facts?.direction === "MY_ACCOUNT_FROZEN" ? (
            <>
              <FactText form={form} name="noticeReceivedAt" type="datetime" label={t("noticeReceivedAt")} />
              <FactText form={form} name="freezeExpiresOn" type="date" label={t("freezeExpiresOn")} />
            </>
          ) : null}
        </>
      );
    case "ACCOUNT_RESTRICTED":
      return (
        <>
          <RadioGroup
            form={form}
            name="facts.restriction"
            legend={t("restriction")}
            options={(["CANNOT_PAY", "WITHDRAWAL_FAILING", "RISK_CONTROL_FREEZE"] as const).map((v) => ({
              value: v,
              label: t(`restriction${v}`),
            }))}
          />
          <FactText form={form} name="noticedAt" type="datetime" label={t("noticedAt")} />
          <FactText form={form} name="statedReason" label={t("statedReason")} />
        </>
      );
    default:
      return null;
  }
}

export function PaymentsFields({ form, zoneLabel }: { form: CaseFormApi; zoneLabel: string }) {
  const t = useTranslations("wizard");
  const error = useFieldError(form);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "payments" });
  const listError = error("payments") ?? error("payments.root");
  const kind = useWatch({ control: form.control, name: "kind" }) as string | undefined;
  const optional = !needsPayment(kind);
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">{t("payments")}</legend>
      <p className="text-sm text-slate-600">{t(optional ? "paymentsOptional" : "paymentsLead")}</p>
      {fields.map((field, i) => (
        <div key={field.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-3" data-payment={i}>
          <div className="flex items-center justify-between">
            <h3 className="font-medium">{t("paymentN", { n: i + 1 })}</h3>
            {fields.length > (optional ? 0 : 1) ? (
              <button type="button" className="text-sm text-red-700 underline" onClick={() => remove(i)}>
                {t("removePayment")}
              </button>
            ) : null}
          </div>
          <TextField
            id={`payments-${i}-occurredAt`}
            wallTime="datetime"
            label={t("paidAt", { zone: zoneLabel })}
            error={error(`payments.${i}.occurredAt`)}
            registration={form.register(`payments.${i}.occurredAt`)}
          />
          <TextField
            id={`payments-${i}-amount`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            label={t("amount")}
            hint={t("amountHint")}
            error={error(`payments.${i}.amount`)}
            registration={form.register(`payments.${i}.amount`)}
          />
          <TextField
            id={`payments-${i}-transactionId`}
            type="text"
            maxLength={64}
            label={t("transactionId")}
            error={error(`payments.${i}.transactionId`)}
            registration={form.register(`payments.${i}.transactionId`)}
          />
          <TextField
            id={`payments-${i}-counterpartyName`}
            type="text"
            maxLength={100}
            label={t("counterpartyName")}
            error={error(`payments.${i}.counterpartyName`)}
            registration={form.register(`payments.${i}.counterpartyName`)}
          />
          <TextField
            id={`payments-${i}-counterpartyAccount`}
            type="text"
            maxLength={100}
            autoComplete="off"
            label={t("counterpartyAccount")}
            error={error(`payments.${i}.counterpartyAccount`)}
            registration={form.register(`payments.${i}.counterpartyAccount`)}
          />
        </div>
      ))}
      {listError ? (
        <p role="alert" className="text-sm text-red-700">
          {listError}
        </p>
      ) : null}
      <button
        type="button"
        className="rounded-md border border-sky-700 px-3 py-1.5 text-sky-800"
        onClick={() => append({ ...emptyPayment })}
      >
        {t("addPayment")}
      </button>
    </fieldset>
  );
}

export function TitleNoteFields({ form }: { form: CaseFormApi }) {
  const t = useTranslations("wizard");
  const error = useFieldError(form);
  return (
    <>
      <TextField
        id="title"
        type="text"
        maxLength={200}
        label={t("title")}
        hint={t("titleHint")}
        error={error("title")}
        registration={form.register("title")}
      />
      <Field id="note" label={t("note")} error={error("note")}>
        <textarea
          id="note"
          rows={3}
          maxLength={2000}
          className={inputClass}
          {...fieldAria("note", false, error("note"))}
          {...form.register("note")}
        />
      </Field>
    </>
  );
}
