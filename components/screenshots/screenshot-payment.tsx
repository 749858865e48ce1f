"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { inputClass, primaryButtonClass } from "@/components/ui/field";
import { formatFen } from "@/lib/cases/money";
import { dateTimeText } from "@/lib/i18n/format-date";
import { knownKey } from "@/lib/i18n/message-key";
import { PaymentSchema } from "@/lib/cases/schema";
import type { PaymentValues } from "@/components/cases/case-fields";

/** How a confirmed payment is kept: the case page posts to its case, the wizard to its draft. */
export type KeepScreenshot = (send: (url: string, version: number) => Promise<Response>) => Promise<Response | null>;

type Field = "amount" | "occurredAt" | "transactionId" | "counterpartyName";
const FIELDS: readonly Field[] = ["amount", "occurredAt", "transactionId", "counterpartyName"];
/** The server's field names for the confidence marks (lib/screenshots/extract-payment.ts). */
const LOW_NAMES: Record<string, Field> = {
  amountFen: "amount",
  occurredAt: "occurredAt",
  transactionId: "transactionId",
  counterparty: "counterpartyName",
};
const MAX_RETRIES = 6;

type State =
  | { step: "idle" }
  | { step: "reading"; retryIn?: number }
  | {
      step: "proposal";
      values: PaymentValues;
      low: Field[];
      errors: Partial<Record<Field, string>>;
      formError?: string;
    }
  | { step: "saving"; values: PaymentValues; low: Field[] }
  | { step: "done"; message: string }
  | { step: "failed"; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A route's failure: `{ error: { code, message } }` with the message in the reader's language (ADR 0032). */
const failureMessage = (body: Record<string, unknown>): string | undefined =>
  (body.error as { message?: string } | undefined)?.message;

/**
 * Reads a payment screenshot (issue 26): the file goes to /api/screenshots/read, the proposed
 * fields come back and stay editable here, the doubtful ones marked; nothing is stored until the
 * person confirms, and then the payment and the screenshot (as its evidence) are kept together.
 * `file` starts from an image already uploaded (the evidence panel); otherwise the person picks one.
 */
export function ScreenshotPayment({
  keep,
  onKept,
  zoneLabel,
  file,
}: {
  keep: KeepScreenshot;
  onKept: (body: Record<string, unknown>) => void;
  zoneLabel: string;
  file?: { name: string; load: () => Promise<Blob> };
}) {
  const t = useTranslations("screenshots");
  const te = useTranslations();
  const locale = useLocale();
  const id = useId();
  const [state, setState] = useState<State>({ step: "idle" });
  const picked = useRef<{ blob: Blob; name: string } | null>(null);

  const read = async (blob: Blob, name: string) => {
    picked.current = { blob, name };
    setState({ step: "reading" });
    try {
      for (let attempt = 0; ; attempt++) {
        const response = await fetch("/api/screenshots/read", { method: "POST", body: blob });
        const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
        if (response.status === 503 && attempt < MAX_RETRIES) {
          const seconds = Math.min(30, Number(response.headers.get("retry-after")) || 5);
          setState({ step: "reading", retryIn: seconds });
          await sleep(seconds * 1000);
          setState({ step: "reading" });
          continue;
        }
        if (!response.ok || body.ok !== true) {
          setState({ step: "failed", message: failureMessage(body) ?? t("errors.failed") });
          return;
        }
        const low = ((body.low as string[]) ?? []).map((name) => LOW_NAMES[name]).filter(Boolean) as Field[];
        const payment = body.payment as PaymentValues;
        // Shown as the payment form shows a time ("2026-12-06 21:30:12"); the schema reads both.
        const values = { ...payment, occurredAt: payment.occurredAt.replace("T", " ") };
        setState({ step: "proposal", values, low, errors: {} });
        return;
      }
    } catch {
      setState({ step: "failed", message: t("errors.failed") });
    }
  };

  const confirm = async (values: PaymentValues, low: Field[]) => {
    const parsed = PaymentSchema.safeParse(values);
    if (!parsed.success) {
      const errors: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Field;
        errors[field] ??= te(knownKey(te, issue.message));
      }
      setState({ step: "proposal", values, low, errors });
      return;
    }
    const screenshot = picked.current;
    if (!screenshot) return;
    setState({ step: "saving", values, low });
    try {
      const response = await keep((url, version) =>
        fetch(url, {
          method: "POST",
          body: screenshot.blob,
          headers: {
            "X-Case-Version": String(version),
            "X-Payment": encodeURIComponent(JSON.stringify(values)),
            "X-File-Name": encodeURIComponent(screenshot.name),
          },
        }),
      );
      if (!response) {
        setState({ step: "failed", message: t("noDraftYet") });
        return;
      }
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (response.status !== 201 || body.ok !== true) {
        // The fields stay as the person left them, with the server's reason beside them.
        setState({ step: "proposal", values, low, errors: {}, formError: failureMessage(body) ?? t("errors.failed") });
        return;
      }
      onKept(body);
      setState({ step: "done", message: Number(body.added) > 0 ? t("added") : t("alreadyThere") });
    } catch {
      setState({ step: "failed", message: t("errors.failed") });
    }
  };

  const summary = (values: PaymentValues) => {
    const parts: string[] = [];
    const fen = PaymentSchema.shape.amount.safeParse(values.amount);
    if (fen.success) parts.push(formatFen(fen.data, locale));
    const wall = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}:\d{2})/.exec(values.occurredAt);
    if (wall) {
      const [, year, month, day, clock] = wall;
      parts.push(dateTimeText({ year: Number(year), month: Number(month), day: Number(day) }, locale, { clock }));
    }
    if (values.transactionId) parts.push(t("summaryId", { id: values.transactionId }));
    if (values.counterpartyName) parts.push(t("summaryPayee", { name: values.counterpartyName }));
    return parts.join(" · ");
  };

  const label = (field: Field) => (field === "occurredAt" ? t("occurredAt", { zone: zoneLabel }) : t(field));

  return (
    <div className="space-y-3" data-testid="screenshot-payment">
      {file ? (
        state.step === "idle" ? (
          <button
            type="button"
            className="text-sm text-sky-800 underline"
            onClick={() =>
              void file.load().then(
                (blob) => read(blob, file.name),
                () => setState({ step: "failed", message: t("errors.failed") }),
              )
            }
          >
            {t("readThis")}
          </button>
        ) : null
      ) : (
        <>
          <p className="text-sm text-slate-600">{t("lead")}</p>
          <label className="inline-block cursor-pointer rounded-md border border-sky-700 px-3 py-1.5 text-sky-800">
            {t("choose")}
            <input
              type="file"
              accept="image/*"
              className="sr-only"
              data-testid="screenshot-file"
              disabled={state.step === "reading" || state.step === "saving"}
              onChange={(event) => {
                const chosen = event.target.files?.[0];
                event.target.value = "";
                if (chosen) void read(chosen, chosen.name);
              }}
            />
          </label>
        </>
      )}
      {state.step === "reading" ? (
        <div role="status" className="space-y-1 text-sm text-slate-700">
          <progress className="w-full" aria-label={t("reading")} />
          <p>{state.retryIn ? t("busyRetrying", { seconds: state.retryIn }) : t("reading")}</p>
        </div>
      ) : null}
      {state.step === "proposal" || state.step === "saving" ? (
        <div className="space-y-3 rounded-lg border border-sky-200 bg-sky-50 p-3" data-testid="screenshot-proposal">
          <p className="font-medium">{t("found", { summary: summary(state.values) })}</p>
          {state.low.length > 0 ? <p className="text-sm text-amber-800">{t("checkLow")}</p> : null}
          {FIELDS.map((field) => {
            const inputId = `${id}-${field}`;
            const error = state.step === "proposal" ? state.errors[field] : undefined;
            const doubtful = state.low.includes(field);
            return (
              <div key={field} className="space-y-1">
                <label htmlFor={inputId} className="block font-medium">
                  {label(field)}
                  {doubtful ? (
                    <span className="ml-2 rounded bg-amber-100 px-1.5 text-sm text-amber-900" data-low={field}>
                      {t("low")}
                    </span>
                  ) : null}
                </label>
                <input
                  id={inputId}
                  className={`${inputClass} ${doubtful ? "border-amber-500" : ""}`}
                  value={state.values[field]}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${inputId}-error` : undefined}
                  disabled={state.step === "saving"}
                  onChange={(event) =>
                    state.step === "proposal" &&
                    setState({ ...state, values: { ...state.values, [field]: event.target.value } })
                  }
                />
                {error ? (
                  <p id={`${inputId}-error`} role="alert" className="text-sm text-red-700">
                    {error}
                  </p>
                ) : null}
              </div>
            );
          })}
          {state.step === "proposal" && state.formError ? (
            <p role="alert" className="text-sm text-red-700">
              {state.formError}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className={primaryButtonClass}
              disabled={state.step === "saving"}
              onClick={() => void confirm(state.values, state.low)}
            >
              {state.step === "saving" ? t("saving") : t("confirm")}
            </button>
            <button
              type="button"
              className="rounded-md border border-slate-300 px-4 py-2"
              disabled={state.step === "saving"}
              onClick={() => setState({ step: "idle" })}
            >
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {state.step === "done" ? (
        <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
          {state.message}
        </p>
      ) : null}
      {state.step === "failed" ? (
        <p role="alert" className="text-sm text-red-700">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
