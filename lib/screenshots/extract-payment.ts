// Reads a payment's facts from the text lines OCR found on a payment-detail screenshot
// (WeChat, Alipay, a bank app or receipt). Pure: lines in, proposal out, so every field rule is
// unit-tested on text without running the model. The rules are issue 26's: the amount is the
// payment's (never the fee), the time is when it was paid (never when it was received), the id is
// the platform's (never the merchant's), the payee is the full legal name when one is shown.

/** One line as the OCR gives it: boxes on one row joined left to right, in reading order. */
export interface OcrLine {
  readonly text: string;
  /** The recogniser's mean character probability, 0–1. */
  readonly confidence: number;
}

export type ScreenshotPlatform = "WECHAT_PAY" | "ALIPAY" | "BANK" | "OTHER";
export type ProposedField = "amountFen" | "occurredAt" | "transactionId" | "counterparty";

export type PaymentProposal =
  | {
      ok: true;
      platform: ScreenshotPlatform;
      amountFen?: bigint;
      occurredAt?: Date;
      transactionId?: string;
      counterparty?: string;
      /** The weakest line any found field was read from (1 when every field was read clearly). */
      confidence: number;
      /** Each found field's own confidence, so a form can mark the doubtful ones. */
      fieldConfidence: Partial<Record<ProposedField, number>>;
    }
  | { ok: false; code: "not_a_payment" | "unreadable"; message: string };

/** A field read from a line whose characters the model was less sure of than this is marked. */
export const LOW_CONFIDENCE = 0.9;

const TIME_LABELS = ["转账时间", "支付时间", "付款时间", "交易时间", "记账时间", "交易日期"];
/** Used only when none of TIME_LABELS is on the page (Alipay shows 创建时间 beside 支付时间). */
const FALLBACK_TIME_LABELS = ["创建时间", "提交时间"];
/** The platform's own ids. Longer labels first: 交易流水号 before 流水号. */
const ID_LABELS = ["交易单号", "转账单号", "交易流水号", "业务流水号", "支付单号", "订单号", "流水号"];
/** Full legal names first: they win over the short ones whatever the order on the page. */
const FULL_NAME_LABELS = ["商户全称", "收款方全称", "收款人全称"];
const NAME_LABELS = ["收款方", "收款人户名", "收款户名", "收款人名称", "收款人", "收款账户名", "对方户名", "对方账户"];
const AMOUNT_LABELS = ["交易金额", "转账金额", "付款金额", "支付金额", "实付金额", "金额(小写)", "金额"];
/** Rows that look like the fields above but are something else (the "distractors"). */
const OTHER_LABELS = [
  "收钱时间",
  "收款时间",
  "到账时间",
  "商户单号",
  "商家订单号",
  "商户订单号",
  "回单编号",
  "手续费",
  "服务费",
  "金额(大写)",
  "大写金额",
  "付款方式",
  "支付方式",
  "收款账号",
  "付款账号",
  "付款人",
  "付款户名",
  "收款银行",
  "当前状态",
  "转账说明",
  "转账备注",
  "商品",
  "商品说明",
  "收单机构",
  "余额",
];
const ALL_LABELS = [
  ...TIME_LABELS,
  ...FALLBACK_TIME_LABELS,
  ...ID_LABELS,
  ...FULL_NAME_LABELS,
  ...NAME_LABELS,
  ...AMOUNT_LABELS,
  ...OTHER_LABELS,
].sort((a, b) => b.length - a.length);

/** NFKC folds ￥→¥, ：→:, （）→(), full-width digits and ＊; OCR also drops or adds spaces freely. */
function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, " ").trim();
}

interface Row {
  /** The label the line starts with, if any (longest match). */
  label?: string;
  /** The rest of the line after the label and an optional colon. */
  value: string;
  text: string;
  confidence: number;
}

function toRows(lines: readonly OcrLine[]): Row[] {
  return lines
    .map((line) => ({ text: normalise(line.text), confidence: line.confidence }))
    .filter((line) => line.text.length > 0)
    .map((line) => {
      const compact = line.text;
      const label = ALL_LABELS.find((candidate) => startsWithLabel(compact, candidate));
      if (!label) return { value: compact, text: compact, confidence: line.confidence };
      const value = stripLabel(compact, label)
        .replace(/^[:\s]+/, "")
        .trim();
      return { label, value, text: compact, confidence: line.confidence };
    });
}

/** "交易单号" matches "交易单号 42…" and "交易 单号42…" (OCR spacing) but "订单号" not "商家订单号". */
function startsWithLabel(text: string, label: string): boolean {
  let i = 0;
  for (const char of label) {
    while (text[i] === " ") i++;
    if (text[i] !== char) return false;
    i++;
  }
  return true;
}

function stripLabel(text: string, label: string): string {
  let i = 0;
  for (const char of label) {
    while (text[i] === " ") i++;
    if (text[i] === char) i++;
  }
  return text.slice(i);
}

/** The row's value, or, when the label stands alone on its line, the next unlabelled line. */
function valueOf(rows: readonly Row[], index: number): { value: string; confidence: number } | null {
  const row = rows[index]!;
  if (row.value) return { value: row.value, confidence: row.confidence };
  const next = rows[index + 1];
  if (next && !next.label) return { value: next.value, confidence: next.confidence };
  return null;
}

// -- amount ---------------------------------------------------------------------------------

/** A money figure: sign (OCR reads a minus as 一 too), currency sign, grouped digits, decimals or 元. */
const MONEY = /^([-+−一])?\s*(¥|RMB|CNY)?\s*(\d{1,3}(?:[,.]\d{3})+|\d+)(?:[.,](\d{1,2}))?\s*(元)?$/;

/** A money figure in fen, or null; a bare integer without sign, ¥, decimals or 元 is not money. */
export function parseMoney(text: string): bigint | null {
  const compact = normalise(text)
    .replace(/\s+/g, "")
    .replace(/^人民币/, "");
  const match = MONEY.exec(compact);
  if (!match) return null;
  const [, sign, currency, whole = "", decimals, yuan] = match;
  if (!sign && !currency && decimals === undefined && !yuan) return null;
  const digits = whole.replace(/[,.]/g, "");
  if (digits.length > 12) return null;
  const fen = BigInt(digits) * 100n + BigInt((decimals ?? "").padEnd(2, "0"));
  return fen > 0n ? fen : null;
}

function findAmount(rows: readonly Row[]): { fen: bigint; confidence: number } | null {
  for (const label of AMOUNT_LABELS) {
    const index = rows.findIndex((row) => row.label === label);
    if (index < 0) continue;
    const found = valueOf(rows, index);
    const fen = found && parseMoney(found.value);
    if (fen) return { fen, confidence: found.confidence };
  }
  // The headline: the first line that is nothing but a money figure (fees are always labelled).
  for (const row of rows) {
    if (row.label) continue;
    const fen = parseMoney(row.text);
    if (fen) return { fen, confidence: row.confidence };
  }
  return null;
}

// -- time -----------------------------------------------------------------------------------

const DATE_TIME =
  /(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*[:]\s*(\d{2})(?:\s*[:]\s*(\d{2}))?/;
const BEIJING_OFFSET_HOURS = 8;

/** "2026年12月6日 21:30:12", "2026-12-06 21:30:12", "2026年12月1日 20:47" as a Beijing wall time. */
export function parseBeijingTime(text: string): Date | null {
  const match = DATE_TIME.exec(normalise(text));
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  if (month! < 1 || month! > 12 || day! < 1 || day! > 31 || hour! > 23 || minute! > 59 || second! > 59) return null;
  const instant = new Date(Date.UTC(year!, month! - 1, day!, hour! - BEIJING_OFFSET_HOURS, minute!, second!));
  // 2月31日 would roll over into March: not a date that was shown.
  const wall = new Date(instant.getTime() + BEIJING_OFFSET_HOURS * 3_600_000);
  if (wall.getUTCDate() !== day || wall.getUTCMonth() !== month! - 1) return null;
  return instant;
}

function findTime(rows: readonly Row[]): { at: Date; confidence: number } | null {
  for (const labels of [TIME_LABELS, FALLBACK_TIME_LABELS]) {
    for (const label of labels) {
      const index = rows.findIndex((row) => row.label === label);
      if (index < 0) continue;
      const found = valueOf(rows, index);
      const at = found && parseBeijingTime(found.value);
      if (at) return { at, confidence: found.confidence };
    }
  }
  return null;
}

// -- transaction id -------------------------------------------------------------------------

const ID_VALUE = /^[0-9A-Za-z]{6,}$/;
/** A wrapped id's second line: only id characters. */
const ID_CONTINUATION = /^[0-9A-Za-z]{1,40}$/;

function findTransactionId(rows: readonly Row[]): { id: string; confidence: number } | null {
  for (const label of ID_LABELS) {
    const index = rows.findIndex((row) => row.label === label);
    if (index < 0) continue;
    const row = rows[index]!;
    const standalone = !row.value;
    const found = valueOf(rows, index);
    if (!found) continue;
    let id = found.value.replace(/\s+/g, "");
    let confidence = found.confidence;
    if (!ID_VALUE.test(id)) continue;
    const nextIndex = index + (standalone ? 2 : 1);
    const next = rows[nextIndex];
    if (next && !next.label && ID_CONTINUATION.test(next.value.replace(/\s+/g, ""))) {
      id += next.value.replace(/\s+/g, "");
      confidence = Math.min(confidence, next.confidence);
    }
    return { id, confidence };
  }
  return null;
}

// -- counterparty ---------------------------------------------------------------------------

/** Headlines that name the payee of a transfer: 待张*明确认收款, 转给张*明, 张*明已收款. */
const HEADLINES: readonly RegExp[] = [
  /^待(.{1,30}?)确认收款$/,
  /^转账给(.{1,30})$/,
  /^转给(.{1,30})$/,
  /^(.{1,30}?)已收款$/,
  /^(.{1,30}?)已确认收款$/,
  /^转账-(.{1,30})$/,
];

function cleanName(name: string): string {
  // A masked name's * stays; a trailing account fragment (张*明 138****0000) does not.
  return name
    .replace(/\s*\(?\d[\d*\s]{4,}\)?$/, "")
    .replace(/\s+/g, "")
    .trim();
}

function findCounterparty(rows: readonly Row[]): { name: string; confidence: number } | null {
  for (const labels of [FULL_NAME_LABELS, NAME_LABELS]) {
    for (const label of labels) {
      const index = rows.findIndex((row) => row.label === label);
      if (index < 0) continue;
      const found = valueOf(rows, index);
      const name = found && cleanName(found.value);
      if (name && !/^[\d*\s]+$/.test(name)) return { name, confidence: found.confidence };
    }
  }
  for (const row of rows) {
    if (row.label) continue;
    const compact = row.text.replace(/\s+/g, "");
    for (const pattern of HEADLINES) {
      const match = pattern.exec(compact);
      if (match?.[1] && !/^(朋友|对方|你|我)$/.test(match[1])) return { name: match[1], confidence: row.confidence };
    }
  }
  return null;
}

// -- platform -------------------------------------------------------------------------------

function findPlatform(rows: readonly Row[]): ScreenshotPlatform {
  const text = rows.map((row) => row.text.replace(/\s+/g, "")).join("\n");
  // WeChat's and Alipay's pages share 账单详情, 交易成功 and the like: only words each uses alone.
  if (/支付宝|余额宝|花呗|商家订单号|收款方全称|对方账户/.test(text)) return "ALIPAY";
  if (/微信|零钱|财付通|转账单号|商户全称|商户单号|确认收款|已收款/.test(text)) return "WECHAT_PAY";
  if (/银行|回单|流水号|收款户名|收款账号|付款账号|手机银行/.test(text)) return "BANK";
  return "OTHER";
}

// -- the whole page -------------------------------------------------------------------------

/**
 * The payment proposed by a screenshot's OCR lines. A page is a payment when it shows an amount
 * and a labelled payment time or id: a chat's transfer bubble, an article quoting 转账时间 in a
 * sentence, a photo or a blank page has neither row and is refused.
 */
export function extractPayment(lines: readonly OcrLine[]): PaymentProposal {
  const rows = toRows(lines);
  const amount = findAmount(rows);
  const time = findTime(rows);
  const id = findTransactionId(rows);
  if (!amount || (!time && !id)) {
    return { ok: false, code: "not_a_payment", message: "No payment details were found in this image." };
  }
  const counterparty = findCounterparty(rows);
  const fieldConfidence: Partial<Record<ProposedField, number>> = { amountFen: amount.confidence };
  if (time) fieldConfidence.occurredAt = time.confidence;
  if (id) fieldConfidence.transactionId = id.confidence;
  if (counterparty) fieldConfidence.counterparty = counterparty.confidence;
  return {
    ok: true,
    platform: findPlatform(rows),
    amountFen: amount.fen,
    ...(time ? { occurredAt: time.at } : {}),
    ...(id ? { transactionId: id.id } : {}),
    ...(counterparty ? { counterparty: counterparty.name } : {}),
    confidence: Math.min(...Object.values(fieldConfidence)),
    fieldConfidence,
  };
}
