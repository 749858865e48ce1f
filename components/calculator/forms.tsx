import { getTranslations } from "next-intl/server";
import { ChoiceOptions, Field, fieldAria, inputClass, primaryButtonClass } from "@/components/ui/field";
import { CASE_KINDS } from "@/lib/deadlines";
import { WallTimeInput } from "@/components/ui/wall-time-input";
import { BeijingTimeInput } from "./beijing-time-input";
import { knownKey } from "@/lib/i18n/message-key";
import type { Translator } from "@/lib/i18n/translator";

type FormProps = { values: Record<string, string>; errors: Record<string, string> };

// Plain GET forms: they work without JavaScript and the result URL can be shared. Without
// `values.at` the time fields fill in Beijing "now" in the browser (see BeijingTimeInput).

/** Translated error and aria wiring of one query field, shown on the element with `id`. */
function fieldState(errors: Record<string, string>, t: Translator) {
  return (field: string, id = field, hasHint = false) => {
    const error = errors[field] ? t(knownKey(t, errors[field])) : undefined;
    return { error, aria: fieldAria(id, hasHint, error) };
  };
}

export async function KindForm({ values, errors }: FormProps) {
  const t = await getTranslations();
  const state = fieldState(errors, t);
  const [kind, at, delayed, freeze, amount] = [
    state("kind"),
    state("at", "at", true),
    state("delayedArrivalHours"),
    state("freezeExpiresOn"),
    state("amount"),
  ];
  return (
    <form method="get" action="/calculator" className="space-y-4" aria-labelledby="by-kind">
      <h2 id="by-kind" className="text-lg font-medium">
        {t("calculator.byKind")}
      </h2>
      <input type="hidden" name="mode" value="kind" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="kind" label={t("cases.kind")} error={kind.error}>
          <select id="kind" name="kind" required defaultValue={values.kind ?? ""} className={inputClass} {...kind.aria}>
            <ChoiceOptions
              placeholder={t("cases.choose")}
              options={CASE_KINDS.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))}
            />
          </select>
        </Field>
        <Field id="at" label={t("calculator.at")} hint={t("calculator.atHint")} error={at.error}>
          <BeijingTimeInput id="at" name="at" required defaultValue={values.at} className={inputClass} {...at.aria} />
        </Field>
        <Field id="delayedArrivalHours" label={t("calculator.delayedArrival")} error={delayed.error}>
          <select
            id="delayedArrivalHours"
            name="delayedArrivalHours"
            defaultValue={values.delayedArrivalHours ?? ""}
            className={inputClass}
            {...delayed.aria}
          >
            <ChoiceOptions
              options={[
                { value: "", label: t("calculator.delayedNone") },
                { value: "2", label: t("calculator.delayed2") },
                { value: "24", label: t("calculator.delayed24") },
              ]}
            />
          </select>
        </Field>
        <Field id="freezeExpiresOn" label={t("calculator.freezeExpiresOn")} error={freeze.error}>
          <WallTimeInput
            kind="date"
            id="freezeExpiresOn"
            name="freezeExpiresOn"
            defaultValue={values.freezeExpiresOn}
            className={inputClass}
            {...freeze.aria}
          />
        </Field>
        <Field id="amount" label={t("calculator.amount")} error={amount.error}>
          <input
            id="amount"
            name="amount"
            type="text"
            inputMode="decimal"
            defaultValue={values.amount}
            className={inputClass}
            {...amount.aria}
          />
        </Field>
      </div>
      <button type="submit" className={primaryButtonClass}>
        {t("calculator.submit")}
      </button>
    </form>
  );
}

export async function CountForm({ values, errors }: FormProps) {
  const t = await getTranslations();
  const state = fieldState(errors, t);
  const [at, clock, n] = [state("at", "count-at"), state("clock"), state("n", "n", true)];
  return (
    <form method="get" action="/calculator" className="space-y-4" aria-labelledby="by-count">
      <h2 id="by-count" className="text-lg font-medium">
        {t("calculator.byCount")}
      </h2>
      <input type="hidden" name="mode" value="count" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="count-at" label={t("calculator.at")} error={at.error}>
          <BeijingTimeInput
            id="count-at"
            name="at"
            required
            defaultValue={values.at}
            className={inputClass}
            {...at.aria}
          />
        </Field>
        <Field id="clock" label={t("calculator.clock")} error={clock.error}>
          <select
            id="clock"
            name="clock"
            defaultValue={values.clock ?? "WORKING_DAYS"}
            className={inputClass}
            {...clock.aria}
          >
            <ChoiceOptions
              options={[
                { value: "WORKING_DAYS", label: t("calculator.workingDays") },
                { value: "CALENDAR_DAYS", label: t("calculator.calendarDays") },
              ]}
            />
          </select>
        </Field>
        <Field id="n" label={t("calculator.n")} hint={t("calculator.nHint")} error={n.error}>
          <input
            id="n"
            name="n"
            type="text"
            inputMode="numeric"
            required
            defaultValue={values.n ?? "7"}
            className={inputClass}
            {...n.aria}
          />
        </Field>
      </div>
      <button type="submit" className={primaryButtonClass}>
        {t("calculator.submit")}
      </button>
    </form>
  );
}
