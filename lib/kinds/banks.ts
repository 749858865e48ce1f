import { z } from "zod";
import type { OfficialContact } from "@/lib/deadlines";
import type { TelLink } from "./types";

// The card-issuing banks a BANK_CARD case may name, each with its published national
// customer-service number. "OTHER" has none: its number is the one on the back of the card
// (lib/deadlines/guidance/official-contacts.ts routes there), and the app never guesses one.

interface Bank {
  /** Full name, as the select lists it. */
  readonly name: { readonly "zh-CN": string; readonly en: string };
  /** Short name for the tap-to-call label ("工商银行客服95588" / "ICBC 95588"). */
  readonly short: { readonly "zh-CN": string; readonly en: string };
  /** As the bank publishes it; the tel: link keeps the digits only. */
  readonly phone: string | null;
}

const bank = (zh: string, en: string, shortZh: string, shortEn: string, phone: string | null): Bank => ({
  name: { "zh-CN": zh, en },
  short: { "zh-CN": shortZh, en: shortEn },
  phone,
});

export const BANKS = {
  ICBC: bank("中国工商银行", "Industrial and Commercial Bank of China", "工商银行", "ICBC", "95588"),
  CCB: bank("中国建设银行", "China Construction Bank", "建设银行", "CCB", "95533"),
  ABC: bank("中国农业银行", "Agricultural Bank of China", "农业银行", "ABC", "95599"),
  BOC: bank("中国银行", "Bank of China", "中国银行", "BOC", "95566"),
  BOCOM: bank("交通银行", "Bank of Communications", "交通银行", "BOCOM", "95559"),
  CMB: bank("招商银行", "China Merchants Bank", "招商银行", "CMB", "95555"),
  PSBC: bank("中国邮政储蓄银行", "Postal Savings Bank of China", "邮储银行", "PSBC", "95580"),
  CITIC: bank("中信银行", "China CITIC Bank", "中信银行", "CITIC", "95558"),
  CEB: bank("中国光大银行", "China Everbright Bank", "光大银行", "CEB", "95595"),
  CMBC: bank("中国民生银行", "China Minsheng Bank", "民生银行", "CMBC", "95568"),
  SPDB: bank("浦发银行", "Shanghai Pudong Development Bank", "浦发银行", "SPDB", "95528"),
  CIB: bank("兴业银行", "Industrial Bank", "兴业银行", "CIB", "95561"),
  PINGAN: bank("平安银行", "Ping An Bank", "平安银行", "Ping An Bank", "95511"),
  HXB: bank("华夏银行", "Hua Xia Bank", "华夏银行", "HXB", "95577"),
  CGB: bank("广发银行", "China Guangfa Bank", "广发银行", "CGB", "400-830-8003"),
  OTHER: bank("其他银行", "Another bank", "其他银行", "Another bank", null),
} as const satisfies Record<string, Bank>;

export type BankId = keyof typeof BANKS;
export const BANK_IDS = Object.keys(BANKS) as [BankId, ...BankId[]];

export function isBankId(value: unknown): value is BankId {
  return typeof value === "string" && Object.hasOwn(BANKS, value);
}

/** The bank's customer-service line, or null (another bank, or none named: the card's back). */
export function bankLine(id: BankId | null | undefined): TelLink | null {
  if (!isBankId(id)) return null;
  const b: Bank = BANKS[id];
  if (!b.phone) return null;
  return {
    number: b.phone.replace(/\D/g, ""),
    label: { "zh-CN": `${b.short["zh-CN"]}客服${b.phone}`, en: `${b.short.en} ${b.phone}` },
  };
}

/**
 * The bank's official contact, in place of "the number on the back of your card" (the case page's
 * contacts, the letters' service line); null for another or an unnamed bank.
 */
export function bankContact(id: BankId | null | undefined): OfficialContact | null {
  if (!isBankId(id)) return null;
  const b: Bank = BANKS[id];
  if (!b.phone) return null;
  const digits = b.phone.replace(/\D/g, "");
  return {
    label: { "zh-CN": `${b.name["zh-CN"]}客服`, en: `${b.name.en} customer service` },
    tel: digits,
    ...(digits === b.phone ? {} : { telText: b.phone }),
    route: {
      "zh-CN": "银行的官方客服电话，也印在银行卡背面；也可以前往该银行网点",
      en: "The bank's official customer-service line, also printed on the back of your card; or visit a branch",
    },
  };
}

/** The wizard's optional answer: "" (not said) or a catalog id. */
export const bankChoice = z
  .union([z.literal(""), z.enum(BANK_IDS)], { error: "errors.invalidChoice" })
  .optional()
  .transform((v): BankId | undefined => (v ? v : undefined));

/**
 * As stored in Case.facts. Rows from before the field read as null; an id later dropped from
 * the catalog also reads as null (no number) rather than making the case unreadable.
 */
export const storedBank = z.enum(BANK_IDS).nullable().catch(null);
