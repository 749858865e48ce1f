import { getTranslations } from "next-intl/server";
import { BeijingTimeInput } from "@/components/calculator/beijing-time-input";
import { ChoiceOptions, Field, fieldAria, inputClass, primaryButtonClass } from "@/components/ui/field";
import { PLATFORMS } from "@/lib/cases/schema";
import type { CaseKind } from "@/lib/deadlines";
import { asksAmount, firstAidPath } from "@/lib/first-aid/answers";
import { knownKey } from "@/lib/i18n/message-key";
import { BANK_IDS } from "@/lib/kinds/banks";

const DELAYS = ["NONE", "2", "24"] as const;
const RESTRICTIONS = ["CANNOT_PAY", "WITHDRAWAL_FAILING", "RISK_CONTROL_FREEZE"] as const;

/**
 * What the deadlines need, and nothing else: a plain GET form (works without JavaScript; the
 * answers stay in the URL and in no database, docs/decisions/0024-…). Without `values.at` the
 * time fills in Beijing "now" in the browser, as on the prerendered calculator.
 */
export async function FirstAidForm({
  kind,
  values,
  errors,
}: {
  kind: CaseKind;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  const t = await getTranslations();
  const state = (field: string) => {
    const error = errors[field] ? t(knownKey(t, errors[field])) : undefined;
    return { error, aria: fieldAria(`fa-${field}`, false, error) };
  };
  const [at, platform, amount, bank, delayed, restriction] = [
    "at",
    "platform",
    "amount",
    "bank",
    "delayed",
    "restriction",
  ].map(state) as [
    ReturnType<typeof state>,
    ReturnType<typeof state>,
    ReturnType<typeof state>,
    ReturnType<typeof state>,
    ReturnType<typeof state>,
    ReturnType<typeof state>,
  ];
  return (
    <form method="get" action={firstAidPath(kind)} className="space-y-4" aria-labelledby="fa-questions">
      <h2 id="fa-questions" className="text-lg font-bold">
        {t("firstAid.questions")}
      </h2>
      <Field id="fa-at" label={t(`firstAid.at.${kind}`)} error={at.error}>
        <BeijingTimeInput id="fa-at" name="at" required defaultValue={values.at} className={inputClass} {...at.aria} />
      </Field>
      <Field id="fa-platform" label={t("firstAid.platform")} error={platform.error}>
        <select
          id="fa-platform"
          name="platform"
          required
          defaultValue={values.platform ?? ""}
          className={inputClass}
          {...platform.aria}
        >
          <ChoiceOptions
            placeholder={t("cases.choose")}
            options={PLATFORMS.map((p) => ({ value: p, label: t(`cases.platforms.${p}`) }))}
          />
        </select>
      </Field>
      {/* A GET form without JavaScript cannot show this only for a bank card: it says so, and is optional. */}
      <Field id="fa-bank" label={t("firstAid.bank")} error={bank.error}>
        <select id="fa-bank" name="bank" defaultValue={values.bank ?? ""} className={inputClass} {...bank.aria}>
          <ChoiceOptions
            options={[
              { value: "", label: t("wizard.bankUnknown") },
              ...BANK_IDS.map((b) => ({ value: b, label: t(`cases.banks.${b}`) })),
            ]}
          />
        </select>
      </Field>
      {asksAmount(kind) ? (
        <Field id="fa-amount" label={t("firstAid.amount")} error={amount.error}>
          <input
            id="fa-amount"
            name="amount"
            required
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values.amount ?? ""}
            className={inputClass}
            {...amount.aria}
          />
        </Field>
      ) : null}
      {kind === "MISDIRECTED_TRANSFER" ? (
        <Field id="fa-delayed" label={t("firstAid.delayed")} error={delayed.error}>
          <select
            id="fa-delayed"
            name="delayed"
            defaultValue={values.delayed ?? "NONE"}
            className={inputClass}
            {...delayed.aria}
          >
            <ChoiceOptions options={DELAYS.map((d) => ({ value: d, label: t(`firstAid.delayedOptions.${d}`) }))} />
          </select>
        </Field>
      ) : null}
      {kind === "ACCOUNT_RESTRICTED" ? (
        <Field id="fa-restriction" label={t("firstAid.restriction")} error={restriction.error}>
          <select
            id="fa-restriction"
            name="restriction"
            defaultValue={values.restriction ?? "CANNOT_PAY"}
            className={inputClass}
            {...restriction.aria}
          >
            <ChoiceOptions options={RESTRICTIONS.map((r) => ({ value: r, label: t(`wizard.restriction${r}`) }))} />
          </select>
        </Field>
      ) : null}
      <button type="submit" className={primaryButtonClass}>
        {t("firstAid.submit")}
      </button>
    </form>
  );
}
