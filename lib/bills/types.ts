import type { MessageKey } from "@/lib/i18n/translator";

export type BillPlatform = "WECHAT_PAY" | "ALIPAY";
export type BillDirection = "OUT" | "IN" | "NEUTRAL";

/** One transaction as the platform recorded it; text fields are trimmed, inert text (never markup). */
export interface BillRow {
  /** The Beijing civil time the bill shows, as an instant. */
  occurredAt: Date;
  direction: BillDirection;
  /** Exact integer fen, always ≥ 0; the sign is in `direction`. */
  amountFen: bigint;
  counterparty: string;
  counterpartyAccount?: string;
  description: string;
  method?: string;
  status: string;
  /** Trimmed of the tabs and spaces the platforms pad ids with. */
  transactionId: string;
  merchantOrderId?: string;
  note?: string;
  /** The platform's own category (交易类型 / 交易分类), when it has one. */
  category?: string;
  /** 1-based line (CSV) or row (xlsx) number in the file, for messages and for picking. */
  sourceLine: number;
  /**
   * Text fields that begin like a spreadsheet formula (= + - @ …). They are kept verbatim and are
   * harmless on screen; anything that writes them into a CSV or sheet must pass them through
   * `neutraliseFormula` first.
   */
  formulaLikeFields: BillTextField[];
}

export type BillTextField =
  | "counterparty"
  | "counterpartyAccount"
  | "description"
  | "method"
  | "status"
  | "transactionId"
  | "merchantOrderId"
  | "note"
  | "category";

export const BILL_ERROR_CODES = [
  "empty_file",
  "file_too_large",
  "not_a_bill",
  "wrong_encoding",
  "truncated",
  "archive_too_large",
  "too_complex",
  "unreadable_spreadsheet",
  "bad_row",
  "short_row",
] as const;
export type BillErrorCode = (typeof BILL_ERROR_CODES)[number];

export type ParseBillResult =
  | { ok: true; platform: BillPlatform; format: string; rows: BillRow[] }
  | {
      ok: false;
      code: BillErrorCode;
      /** English, for logs; people see the translation of `messageKey` with `params`. */
      message: string;
      messageKey: MessageKey;
      params?: Record<string, string | number>;
    };
