import { officialContacts, type CaseKind, type OfficialContact, type PaymentPlatform } from "@/lib/deadlines";
import { bankContact, bankLine, type BankId } from "./banks";
import type { TelLink } from "./types";

// Tap-to-call numbers. A platform's line only for that platform (OKPay has none: its service is
// in the app; a bank card has its bank's line when the person named the bank); the police and the anti-fraud line only where a crime is the case (fraud, theft).

export const POLICE: TelLink = { number: "110", label: { "zh-CN": "报警电话110", en: "Police 110" } };
export const ANTI_FRAUD: TelLink = {
  number: "96110",
  label: { "zh-CN": "反诈专线96110", en: "Anti-fraud line 96110" },
};

const PLATFORM_LINES: Readonly<Record<PaymentPlatform, TelLink | null>> = {
  WECHAT_PAY: { number: "95017", label: { "zh-CN": "微信支付客服95017", en: "WeChat Pay 95017" } },
  ALIPAY: { number: "95188", label: { "zh-CN": "支付宝客服95188", en: "Alipay 95188" } },
  OKPAY: null,
  // The bank's line comes from the catalog (lib/kinds/banks.ts) when the bank is named; else
  // the number printed on the card (officialContacts says so): no guess here.
  BANK_CARD: null,
  OTHER: null,
};

/** Kinds where a crime was done to the person: only these show 110 and 96110. */
export const CRIME_KINDS: readonly CaseKind[] = ["FRAUD", "INSURANCE_CLAIM"];

/** The platform's line; for a bank card, the named bank's (none for another or an unnamed bank). */
export function platformLine(platform: PaymentPlatform, bank?: BankId | null): TelLink | null {
  if (platform === "BANK_CARD") return bankLine(bank);
  return PLATFORM_LINES[platform] ?? null;
}

/**
 * The case's official contacts (the case page's list, the letters' service line): a bank card
 * whose bank is named gets that bank's service and number; otherwise the platform's contacts.
 */
export function caseContacts(platform: PaymentPlatform, bank?: BankId | null): readonly OfficialContact[] {
  const own = platform === "BANK_CARD" ? bankContact(bank) : null;
  return own ? [own] : officialContacts(platform);
}

/** The tel: links a step names, as they apply to this case. */
export function stepContacts(
  names: readonly ("platform" | "police" | "antiFraud")[] | undefined,
  kind: CaseKind,
  platform: PaymentPlatform,
  bank?: BankId | null,
): TelLink[] {
  const links: TelLink[] = [];
  for (const name of names ?? []) {
    if (name === "platform") {
      const line = platformLine(platform, bank);
      if (line) links.push(line);
    } else if (CRIME_KINDS.includes(kind)) {
      links.push(name === "police" ? POLICE : ANTI_FRAUD);
    }
  }
  return links;
}
