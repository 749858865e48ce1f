"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inputClass, primaryButtonClass } from "@/components/ui/field";
import { WallTimeInput } from "@/components/ui/wall-time-input";
import type { ActionResult } from "@/lib/forms/action-result";
import type { MessageKey } from "@/lib/i18n/translator";

export interface EventChoice {
  readonly type: string;
  readonly ruleId?: string;
  /** Translated button text. */
  readonly label: string;
}

type RecordEvent = (input: unknown) => Promise<ActionResult<{ id: string }>>;

/**
 * One-tap recording: a tap opens a small confirm form with the time set to now (editable,
 * in the user's zone) and an optional note or receipt number; money recovered asks its amount.
 */
export function RecordEvents({
  primary,
  secondary,
  record,
  nowWall,
  timeZone,
  zoneLabel,
}: {
  primary: readonly EventChoice[];
  secondary: readonly EventChoice[];
  record: RecordEvent;
  nowWall: string;
  timeZone: string;
  zoneLabel: string;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState<EventChoice | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const button = (choice: EventChoice) => (
    <button
      key={`${choice.type}:${choice.ruleId ?? ""}`}
      type="button"
      aria-expanded={open === choice}
      className="rounded-md border border-sky-700 bg-white px-3 py-2 text-left text-sky-900 hover:bg-sky-50"
      onClick={() => {
        setMessage(null);
        setOpen(open === choice ? null : choice);
      }}
    >
      {choice.label}
    </button>
  );
  return (
    <section aria-labelledby="record" className="space-y-3">
      <h2 id="record" className="text-lg font-medium">
        {t("workspace.record")}
      </h2>
      <p className="text-sm text-slate-600">{t("workspace.recordLead")}</p>
      <div className="flex flex-wrap gap-2" data-testid="primary-events">
        {primary.map(button)}
      </div>
      {secondary.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-sm text-sky-800">{t("workspace.more")}</summary>
          <div className="mt-2 flex flex-wrap gap-2">{secondary.map(button)}</div>
        </details>
      ) : null}
      {open ? (
        <EventForm
          key={`${open.type}:${open.ruleId ?? ""}`}
          choice={open}
          record={record}
          nowWall={nowWall}
          timeZone={timeZone}
          zoneLabel={zoneLabel}
          onDone={() => {
            setOpen(null);
            setMessage(t("workspace.recorded"));
          }}
          onCancel={() => setOpen(null)}
        />
      ) : null}
      {message ? (
        <p role="status" className="text-emerald-800">
          {message}
        </p>
      ) : null}
    </section>
  );
}

function EventForm({
  choice,
  record,
  nowWall,
  timeZone,
  zoneLabel,
  onDone,
  onCancel,
}: {
  choice: EventChoice;
  record: RecordEvent;
  nowWall: string;
  timeZone: string;
  zoneLabel: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [pending, setPending] = useState(false);
  const money = choice.type === "MONEY_RECOVERED";
  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-3"
      aria-label={choice.label}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setPending(true);
        void record({
          type: choice.type,
          ruleId: choice.ruleId,
          timeZone,
          occurredAt: String(data.get("occurredAt") ?? ""),
          note: String(data.get("note") ?? ""),
          reference: String(data.get("reference") ?? ""),
          ...(money ? { amount: String(data.get("amount") ?? "") } : {}),
        }).then((result) => {
          setPending(false);
          if (!result.ok) {
            setErrors({ _form: result.code, ...result.fieldErrors });
            return;
          }
          onDone();
          router.refresh();
        });
      }}
    >
      <p className="font-medium">{choice.label}</p>
      {errors._form ? (
        <p role="alert" className="text-sm text-red-700">
          {t(errors._form)}
        </p>
      ) : null}
      {money ? (
        <Input
          name="amount"
          label={t("workspace.recoveredAmount")}
          error={errors.amount && t(errors.amount)}
          inputMode="decimal"
        />
      ) : null}
      <Input
        name="occurredAt"
        wallTime
        defaultValue={nowWall}
        label={t("workspace.when", { zone: zoneLabel })}
        error={errors.occurredAt && t(errors.occurredAt)}
      />
      <Input name="reference" label={t("workspace.reference")} error={errors.reference && t(errors.reference)} />
      <Input name="note" label={t("workspace.note")} error={errors.note && t(errors.note)} />
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("workspace.saving") : t("workspace.save")}
        </button>
        <button type="button" className="rounded-md border border-slate-300 px-4 py-2" onClick={onCancel}>
          {t("workspace.cancel")}
        </button>
      </div>
    </form>
  );
}

function Input({
  name,
  label,
  error,
  wallTime = false,
  defaultValue,
  inputMode,
}: {
  name: string;
  label: string;
  error?: string;
  /** A date and time, typed as 24-hour text (WallTimeInput). */
  wallTime?: boolean;
  defaultValue?: string;
  inputMode?: "decimal";
}) {
  const id = `event-${name}`;
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined };
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {wallTime ? (
        <WallTimeInput
          id={id}
          name={name}
          kind="datetime"
          defaultValue={defaultValue}
          className={inputClass}
          {...aria}
        />
      ) : (
        <input
          id={id}
          name={name}
          type="text"
          defaultValue={defaultValue}
          inputMode={inputMode}
          className={inputClass}
          {...aria}
        />
      )}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
