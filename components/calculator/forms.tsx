import { getTranslations } from "next-intl/server";
import { Field, describedBy, inputClass, primaryButtonClass } from "@/components/ui/field";
import { CASE_KINDS } from "@/lib/deadlines";

type FormProps = { values: Record<string, string>; errors: Record<string, string> };

// Plain GET forms: they work without JavaScript and the result URL can be shared.

export async function KindForm({ values, errors }: FormProps) {
  const t = await getTranslations();
  const err = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  const aria = (field: string, hint = false) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(field, hint, Boolean(errors[field])),
  });
  return (
    <form method="get" action="/calculator" className="space-y-4" aria-labelledby="by-kind">
      <h2 id="by-kind" className="text-lg font-medium">
        {t("calculator.byKind")}
      </h2>
      <input type="hidden" name="mode" value="kind" />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="kind" label={t("cases.kind")} error={err("kind")}>
          <select
            id="kind"
            name="kind"
            required
            defaultValue={values.kind ?? ""}
            className={inputClass}
            {...aria("kind")}
          >
            <option value="" disabled>
              {t("cases.choose")}
            </option>
            {CASE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`cases.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="at" label={t("calculator.at")} hint={t("calculator.atHint")} error={err("at")}>
          <input
            id="at"
            name="at"
            type="datetime-local"
            required
            defaultValue={values.at}
            className={inputClass}
            {...aria("at", true)}
          />
        </Field>
        <Field id="delayedArrivalHours" label={t("calculator.delayedArrival")} error={err("delayedArrivalHours")}>
          <select
            id="delayedArrivalHours"
            name="delayedArrivalHours"
            defaultValue={values.delayedArrivalHours ?? ""}
            className={inputClass}
            {...aria("delayedArrivalHours")}
          >
            <option value="">{t("calculator.delayedNone")}</option>
            <option value="2">{t("calculator.delayed2")}</option>
            <option value="24">{t("calculator.delayed24")}</option>
          </select>
        </Field>
        <Field id="freezeExpiresOn" label={t("calculator.freezeExpiresOn")} error={err("freezeExpiresOn")}>
          <input
            id="freezeExpiresOn"
            name="freezeExpiresOn"
            type="date"
            defaultValue={values.freezeExpiresOn}
            className={inputClass}
            {...aria("freezeExpiresOn")}
          />
        </Field>
        <Field id="amount" label={t("calculator.amount")} error={err("amount")}>
          <input
            id="amount"
            name="amount"
            type="text"
            inputMode="decimal"
            defaultValue={values.amount}
            className={inputClass}
            {...aria("amount")}
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
  const err = (field: string) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <form method="get" action="/calculator" className="space-y-4" aria-labelledby="by-count">
      <h2 id="by-count" className="text-lg font-medium">
        {t("calculator.byCount")}
      </h2>
      <input type="hidden" name="mode" value="count" />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="count-at" label={t("calculator.at")} error={err("at")}>
          <input
            id="count-at"
            name="at"
            type="datetime-local"
            required
            defaultValue={values.at}
            className={inputClass}
            aria-invalid={errors.at ? true : undefined}
            aria-describedby={describedBy("count-at", false, Boolean(errors.at))}
          />
        </Field>
        <Field id="clock" label={t("calculator.clock")} error={err("clock")}>
          <select id="clock" name="clock" defaultValue={values.clock ?? "WORKING_DAYS"} className={inputClass}>
            <option value="WORKING_DAYS">{t("calculator.workingDays")}</option>
            <option value="CALENDAR_DAYS">{t("calculator.calendarDays")}</option>
          </select>
        </Field>
        <Field id="n" label={t("calculator.n")} hint={t("calculator.nHint")} error={err("n")}>
          <input
            id="n"
            name="n"
            type="text"
            inputMode="numeric"
            required
            defaultValue={values.n ?? "7"}
            className={inputClass}
            aria-invalid={errors.n ? true : undefined}
            aria-describedby={describedBy("n", true, Boolean(errors.n))}
          />
        </Field>
      </div>
      <button type="submit" className={primaryButtonClass}>
        {t("calculator.submit")}
      </button>
    </form>
  );
}
