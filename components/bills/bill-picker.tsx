"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { WallTimeInput } from "@/components/ui/wall-time-input";
import { inputClass } from "@/components/ui/field";
import type { BillRowView } from "@/lib/bills/bill-row-view";
import type { BillPreviewPage } from "@/lib/bills/preview-page";
import { FIRST_PAGE, type BillPageQuery } from "@/lib/bills/preview-query";
import { formatFen, parseYuanToFen } from "@/lib/cases/money";
import { formatDateTime } from "@/lib/i18n/format-date";

// Bill times are Beijing time whatever the viewer's zone: show them as the bill does, in the
// page language's one date format, to the second (rows are told apart by it).
const BILL_TIME_ZONE = "Asia/Shanghai";

export interface BillPickerProps {
  /** The page the server answered: its rows, and the whole bill's counts. */
  preview: BillPreviewPage;
  /** A page or filter is being fetched. */
  busy: boolean;
  selected: ReadonlyMap<number, BillRowView>;
  onSelectedChange: (rows: Map<number, BillRowView>) => void;
  /** Asks the server for another page or filter (the file is re-read there, ADR 0029). */
  onQueryChange: (query: BillPageQuery) => void;
}

type FilterText = Omit<BillPageQuery, "page" | "minFen" | "maxFen">;

/** Typing waits this long before the server is asked. */
const TYPING_MS = 300;

/**
 * A page of the bill's rows with search and filters, newest first; a checkbox per row that can
 * be picked: payments out, and money back (received, or a refund) which the case records as
 * recovered. Moves between the user's own accounts are shown for context only. Filtering and
 * paging happen on the server. Every control is a native input, so the table works with Tab and
 * Space alone. All bill text is React text, never HTML.
 */
export function BillPicker({ preview, busy, selected, onSelectedChange, onQueryChange }: BillPickerProps) {
  const t = useTranslations("bills.ui");
  const locale = useLocale();
  const id = useId();
  const [filter, setFilter] = useState<FilterText>({
    query: FIRST_PAGE.query,
    from: FIRST_PAGE.from,
    to: FIRST_PAGE.to,
    counterparty: FIRST_PAGE.counterparty,
    outgoingOnly: FIRST_PAGE.outgoingOnly,
  });
  const [amountText, setAmountText] = useState({ min: "", max: "" });
  const counterparties = useMemo(
    () => [...preview.counterparties].sort((a, b) => a.localeCompare(b, locale)),
    [preview.counterparties, locale],
  );
  const minFen = amountText.min.trim() ? parseYuanToFen(amountText.min) : null;
  const maxFen = amountText.max.trim() ? parseYuanToFen(amountText.max) : null;
  const minInvalid = amountText.min.trim() !== "" && minFen === null;
  const maxInvalid = amountText.max.trim() !== "" && maxFen === null;
  // A date still being typed filters nothing yet (the server accepts whole dates only).
  const day = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : "");
  const query = (page: number): BillPageQuery => ({
    ...filter,
    from: day(filter.from),
    to: day(filter.to),
    page,
    minFen: minFen === null ? null : minFen.toString(),
    maxFen: maxFen === null ? null : maxFen.toString(),
  });
  // Filters go to the server a moment after the last change (page 1 of the new result).
  const ask = useRef(onQueryChange);
  useEffect(() => {
    ask.current = onQueryChange;
  });
  const wanted = JSON.stringify(query(1));
  const sent = useRef(wanted);
  useEffect(() => {
    if (wanted === sent.current || minInvalid || maxInvalid) return;
    const timer = setTimeout(() => {
      sent.current = wanted;
      ask.current(JSON.parse(wanted) as BillPageQuery);
    }, TYPING_MS);
    return () => clearTimeout(timer);
  }, [wanted, minInvalid, maxInvalid]);

  const shown = preview.rows;
  const pickable = shown.filter((row) => row.use !== null);
  const allShownPicked = pickable.length > 0 && pickable.every((row) => selected.has(row.line));
  const sum = (use: BillRowView["use"]) => {
    const picked = [...selected.values()].filter((row) => row.use === use);
    return { count: picked.length, fen: picked.reduce((total, row) => total + BigInt(row.amountFen), 0n) };
  };
  const paid = sum("payment");
  const back = sum("recovery");
  const set = (patch: Partial<FilterText>) => setFilter((current) => ({ ...current, ...patch }));

  function toggle(row: BillRowView, on: boolean) {
    const next = new Map(selected);
    if (on) next.set(row.line, row);
    else next.delete(row.line);
    onSelectedChange(next);
  }

  function toggleShown(on: boolean) {
    const next = new Map(selected);
    for (const row of pickable) {
      if (on) next.set(row.line, row);
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
        {t("shown", { shown: preview.shown, total: preview.total })}
      </p>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" aria-busy={busy}>
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
              const when = formatDateTime(new Date(row.occurredAt), locale, BILL_TIME_ZONE, { seconds: true });
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
                      onChange={(e) => toggle(row, e.target.checked)}
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

      {preview.pageCount > 1 ? (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm">
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-50"
            disabled={busy || preview.page <= 1}
            onClick={() => onQueryChange(query(preview.page - 1))}
          >
            {t("pagePrev")}
          </button>
          <span className="tabular-nums">{t("pageOf", { page: preview.page, pages: preview.pageCount })}</span>
          <button
            type="button"
            className="rounded-md border border-slate-300 px-3 py-1 disabled:opacity-50"
            disabled={busy || preview.page >= preview.pageCount}
            onClick={() => onQueryChange(query(preview.page + 1))}
          >
            {t("pageNext")}
          </button>
        </nav>
      ) : null}

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
