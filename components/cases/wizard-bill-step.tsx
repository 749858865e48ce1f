"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Dispatch, type SetStateAction, useState } from "react";
import { BillImport, type ImportReply, type ImportTarget } from "@/components/bills/bill-import";
import { formatFen } from "@/lib/cases/money";
import type { PaymentValues } from "./case-fields";

export type Recovered = { count: number; totalFen: string };

/**
 * Runs `task` on the wizard's draft where its saves queue, after the ones already asked for; the
 * version the task reports becomes the draft's. Null when there is no draft yet.
 */
export type WithDraft = <T>(
  task: (draft: { id: string; version: number }) => Promise<{ value: T; version?: number }>,
) => Promise<T | null>;

/**
 * The wizard's "import from a bill": closed until asked for, so typing payments stays the short
 * path. The import fills the payment rows below it (the server merged them into the draft) and
 * records money back on the draft, shown here until the case is opened.
 */
export function WizardBillStep({
  withDraft,
  setPayments,
  recovered,
  setRecovered,
}: {
  withDraft: WithDraft;
  setPayments: (payments: PaymentValues[]) => void;
  /** kept by the wizard, so going back a step and forth again does not forget it */
  recovered: Recovered;
  setRecovered: Dispatch<SetStateAction<Recovered>>;
}) {
  const t = useTranslations("bills.ui");
  const locale = useLocale();
  const [open, setOpen] = useState(false);

  const runImport = async (send: (target: ImportTarget) => Promise<ImportReply>): Promise<ImportReply> => {
    const reply = await withDraft(async (draft) => {
      const answer = await send({
        url: `/api/cases/${encodeURIComponent(draft.id)}/bill-import`,
        version: draft.version,
      });
      const ok = answer.status === 201 && answer.body.ok === true;
      return { value: answer, ...(ok ? { version: Number(answer.body.version) } : {}) };
    });
    return reply ?? { status: 0, body: { error: { code: "no_draft", message: t("noDraftYet") } } };
  };

  const onImported = (body: Record<string, unknown>) => {
    if (Array.isArray(body.draftPayments)) setPayments(body.draftPayments as PaymentValues[]);
    const count = Number(body.recovered);
    if (count > 0) {
      setRecovered((r) => ({
        count: r.count + count,
        totalFen: (BigInt(r.totalFen) + BigInt(String(body.recoveredFen ?? "0"))).toString(),
      }));
    }
  };

  return (
    <div className="space-y-3">
      <button
        type="button"
        aria-expanded={open}
        className="rounded-md border border-sky-700 px-3 py-1.5 text-sky-800"
        onClick={() => setOpen((value) => !value)}
      >
        {open ? t("wizardClose") : t("wizardOpen")}
      </button>
      {open ? (
        <BillImport mode="wizard" previewUrl="/api/bills/preview" runImport={runImport} onImported={onImported} />
      ) : null}
      {recovered.count > 0 ? (
        <p className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="wizard-recovered">
          {t("recoveredSoFar", { count: recovered.count, total: formatFen(BigInt(recovered.totalFen), locale) })}
        </p>
      ) : null}
    </div>
  );
}
