"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { WallTimeInput } from "@/components/ui/wall-time-input";
import { inputClass } from "@/components/ui/field";
import { filterBillRows, sortNewestFirst, EMPTY_FILTER, type BillRowFilter } from "@/lib/bills/filter-rows";
import type { BillRowView } from "@/lib/bills/bill-row-view";
import { formatFen, parseYuanToFen } from "@/lib/cases/money";

// Bill times are Beijing time whatever the viewer's zone: show them as the bill does.
const billTime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

export interface BillPickerProps {
  rows: readonly BillRowView[];
  selected: ReadonlySet<number>;
  onSelectedChange: (lines: Set<number>) => void;
}

/**
 * The bill's rows with search and filters, newest first; a checkbox per row that can be picked:
 * payments out, and money back (received, or a refund) which the case records as recovered.
 * Moves between the user's own accounts are shown for context only. Every control is a native
 * input, so the table works with Tab and Space alone. All bill text is React text, never HTML.
 */
export function BillPicker({ rows, selected, onSelectedChange }: BillPickerProps) {
  const t = useTranslations("bills.ui");
  const locale = useLocale();
  const id = useId();
  const [filter, setFilter] = useState<BillRowFilter>(EMPTY_FILTER);
  const [amountText, setAmountText] = useState({ min: "", max: "" });
  const counterparties = useMemo(
    () => [...new Set(rows.map((row) => row.counterparty).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale)),
    [rows, locale],
  );
  const sorted = useMemo(() => sortNewestFirst(rows), [rows]);
  const minFen = amountText.min.trim() ? parseYuanToFen(amountText.min) : null;
  const maxFen = amountText.max.trim() ? parseYuanToFen(amountText.max) : null;
  const minInvalid = amountText.min.trim() !== "" && minFen === null;
  const maxInvalid = amountText.max.trim() !== "" && maxFen === null;
  const shown = filterBillRows(sorted, { ...filter, minFen, maxFen });
  const pickable = shown.filter((row) => row.use !== null);
  const allShownPicked = pickable.length > 0 && pickable.every((row) => selected.has(row.line));
  const selectedRows = rows.filter((row) => selected.has(row.line));
  const sum = (use: BillRowView["use"]) => {
    const picked = selectedRows.filter((row) => row.use === use);
    return { count: picked.length, fen: picked.reduce((total, row) => total + BigInt(row.amountFen), 0n) };
  };
  const paid = sum("payment");
  const back = sum("recovery");
  const set = (patch: Partial<BillRowFilter>) => setFilter((current) => ({ ...current, ...patch }));

  function toggle(line: number, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(line);
    else next.delete(line);
    onSelectedChange(next);
  }

  function toggleShown(on: boolean) {
    const next = new Set(selected);
    for (const row of pickable) {
      if (on) next.add(row.line);
      else next.delete(row.line);
    }
    onSelectedChange(next);
  }

  return (
    <div className="space-y-4">
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="sr-only">{t("filters")}</legend>
        <label className="space-y-1 sm:col-span-2">
          <span className="block text-sm font-medium">{t("search")}</span>
          <input
            type="search"
            className={inputClass}
            value={filter.query}
            placeholder={t("searchHint")}
            onChange={(e) => set({ query: e.target.value })}
          />
        </label>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("from")}</span>
          <WallTimeInput
            kind="date"
            className={inputClass}
            value={filter.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("to")}</span>
          <WallTimeInput
            kind="date"
            className={inputClass}
            value={filter.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </label>
        <label className="space-y-1">
          <span className="block text-sm font-medium">{t("counterparty")}</span>
          <select
            className={inputClass}
            value={filter.counterparty}
            onChange={(e) => set({ counterparty: e.target.value })}
          >
            <option value="">{t("anyCounterparty")}</option>
            {counterparties.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <div className="grid grid-cols-2 gap-2">
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("minAmount")}</span>
            <input
              inputMode="decimal"
              className={inputClass}
              value={amountText.min}
              aria-invalid={minInvalid}
              onChange={(e) => setAmountText((a) => ({ ...a, min: e.target.value }))}
            />
          </label>
          <label className="space-y-1">
            <span className="block text-sm font-medium">{t("maxAmount")}</span>
            <input
              inputMode="decimal"
              className={inputClass}
              value={amountText.max}
              aria-invalid={maxInvalid}
              onChange={(e) => setAmountText((a) => ({ ...a, max: e.target.value }))}
            />
          </label>
        </div>
        {minInvalid || maxInvalid ? (
          <p role="alert" className="text-sm text-red-700 sm:col-span-2">
            {t("amountFilterInvalid")}
          </p>
        ) : null}
        <label className="flex items-center gap-2 sm:col-span-2">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={filter.outgoingOnly}
            onChange={(e) => set({ outgoingOnly: e.target.checked })}
          />
          <span>{t("outgoingOnly")}</span>
        </label>
      </fieldset>

      <p className="text-sm text-slate-600" aria-live="polite">
        {t("shown", { shown: shown.length, total: rows.length })}
      </p>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm" aria-describedby={`${id}-summary`}>
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="w-10 p-2">
                <input
                  type="checkbox"
                  className="h-5 w-5"
                  aria-label={t("selectShown")}
                  checked={allShownPicked}
                  disabled={pickable.length === 0}
                  onChange={(e) => toggleShown(e.target.checked)}
                />
              </th>
              <th scope="col" className="p-2">
                {t("time")}
              </th>
              <th scope="col" className="p-2 text-right">
                {t("amount")}
              </th>
              <th scope="col" className="p-2">
                {t("counterparty")}
              </th>
              <th scope="col" className="p-2">
                {t("description")}
              </th>
              <th scope="col" className="p-2">
                {t("transactionId")}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const when = billTime.format(new Date(row.occurredAt));
              const amount = formatFen(BigInt(row.amountFen), locale);
              const moneyBack = row.use === "recovery";
              const note =
                row.use === null ? "none" : moneyBack ? (row.direction === "IN" ? "receivedBack" : "refundBack") : null;
              const flagged = row.formulaLikeFields.length > 0;
              return (
                <tr
                  key={row.line}
                  className={`border-t border-slate-100 ${selected.has(row.line) ? "bg-sky-50" : ""}`}
                  data-line={row.line}
                >
                  <td className="p-2">
                    <input
                      type="checkbox"
                      className="h-5 w-5"
                      checked={selected.has(row.line)}
                      disabled={row.use === null}
                      aria-label={t("selectRow", { time: when, amount, counterparty: row.counterparty || "—" })}
                      onChange={(e) => toggle(row.line, e.target.checked)}
                    />
                  </td>
                  <td className="p-2 tabular-nums">
                    <span className="whitespace-nowrap">{when}</span>
                    {/* On a phone the table scrolls sideways: say who, next to when (the column says it to readers). */}
                    <span aria-hidden="true" className="block max-w-[10rem] truncate text-xs text-slate-600 sm:hidden">
                      {row.counterparty || "—"}
                    </span>
                  </td>
                  <td className="p-2 text-right">
                    <span className="whitespace-nowrap tabular-nums">{moneyBack ? `+${amount}` : amount}</span>
                    {note ? (
                      <span
                        className={`block min-w-[6rem] text-xs ${moneyBack ? "text-emerald-800" : "text-slate-500"}`}
                      >
                        {t(`use.${note}`)}
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2">
                    {row.counterparty || "—"}
                    {row.counterpartyAccount ? (
                      <span className="block text-xs text-slate-500">{row.counterpartyAccount}</span>
                    ) : null}
                  </td>
                  <td className="p-2">
                    {row.description || row.category || "—"}
                    <span className="block text-xs text-slate-500">{row.status}</span>
                    {flagged ? <span className="block text-xs text-amber-800">{t("formulaLike")}</span> : null}
                  </td>
                  <td className="break-all p-2 font-mono text-xs">{row.transactionId}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="p-4 text-sm text-slate-600">{t("noRows")}</p> : null}
      </div>

      <p id={`${id}-summary`} className="font-medium tabular-nums" aria-live="polite">
        {t("selectedSummary", {
          payments: paid.count,
          paymentsTotal: formatFen(paid.fen, locale),
          recoveries: back.count,
          recoveriesTotal: formatFen(back.fen, locale),
        })}
      </p>
    </div>
  );
}
