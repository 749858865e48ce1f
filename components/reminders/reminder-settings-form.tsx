"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { WallTimeInput } from "@/components/ui/wall-time-input";
import type { ActionResult } from "@/lib/forms/action-result";
import type { TimeZoneChoice } from "@/lib/i18n/time-zone-choices";

type Values = {
  emailEnabled: boolean;
  offsetsHours: number[];
  timeZone: string;
  quietStart: string;
  quietEnd: string;
};

const OFFSETS = [72, 24, 2, 0] as const;
const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2";

export function ReminderSettingsForm(props: {
  action: (values: Values) => Promise<ActionResult<null>>;
  defaults: Values;
  /** lib/i18n/time-zone-choices.ts, labelled in the page's language on the server. */
  timeZones: { common: readonly TimeZoneChoice[]; others: readonly TimeZoneChoice[] };
}) {
  const t = useTranslations();
  const [values, setValues] = useState<Values>(props.defaults);
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  const [pending, startTransition] = useTransition();
  const fieldError = (name: keyof Values) => {
    const key = result && !result.ok ? result.fieldErrors?.[name] : undefined;
    return key ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {t(key)}
      </p>
    ) : null;
  };

  return (
    <form
      noValidate
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => setResult(await props.action(values)));
      }}
    >
      {result && !result.ok ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
          {t(result.fieldErrors ? "reminderSettings.errors.invalid" : result.code)}
        </p>
      ) : null}
      {result?.ok ? (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          {t("reminderSettings.saved")}
        </p>
      ) : null}
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={values.emailEnabled}
          onChange={(e) => setValues({ ...values, emailEnabled: e.target.checked })}
        />
        {t("reminderSettings.emailEnabled")}
      </label>
      <fieldset disabled={!values.emailEnabled} className="space-y-2 disabled:opacity-60">
        <legend className="font-medium">{t("reminderSettings.offsets")}</legend>
        {OFFSETS.map((h) => (
          <label key={h} className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={values.offsetsHours.includes(h)}
              onChange={(e) =>
                setValues({
                  ...values,
                  offsetsHours: e.target.checked
                    ? [...values.offsetsHours, h]
                    : values.offsetsHours.filter((x) => x !== h),
                })
              }
            />
            {t(`reminderSettings.offset${h}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="timeZone" className="font-medium">
          {t("reminderSettings.timeZone")}
        </label>
        <select
          id="timeZone"
          className={input}
          value={values.timeZone}
          aria-invalid={Boolean(result && !result.ok && result.fieldErrors?.timeZone)}
          aria-describedby="timeZone-error"
          onChange={(e) => setValues({ ...values, timeZone: e.target.value })}
        >
          {(
            [
              ["timeZonesCommon", props.timeZones.common],
              ["timeZonesAll", props.timeZones.others],
            ] as const
          ).map(([group, zones]) => (
            <optgroup key={group} label={t(`reminderSettings.${group}`)}>
              {zones.map((zone) => (
                <option key={zone.value} value={zone.value}>
                  {zone.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {fieldError("timeZone")}
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("reminderSettings.quietHours")}</legend>
        <div className="flex gap-4">
          {(["quietStart", "quietEnd"] as const).map((name) => (
            <div key={name} className="flex-1">
              <label htmlFor={name}>{t(`reminderSettings.${name}`)}</label>
              <WallTimeInput
                id={name}
                kind="time"
                className={input}
                value={values[name]}
                aria-invalid={Boolean(result && !result.ok && result.fieldErrors?.[name])}
                aria-describedby={`${name}-error`}
                onChange={(e) => setValues({ ...values, [name]: e.target.value })}
              />
              {fieldError(name)}
            </div>
          ))}
        </div>
        <p className="text-sm text-slate-600">{t("reminderSettings.quietHint")}</p>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800 disabled:opacity-60"
      >
        {t("reminderSettings.save")}
      </button>
    </form>
  );
}
