import type { CaseFormInput } from "@/lib/cases/schema";
import { CaseFormSchema } from "@/lib/cases/schema";

/** A fraud case as the wizard would send it: ¥28,000 in two transfers, discovered at `discoveredAt` (Beijing wall time). */
export function fraudForm(overrides: Partial<Record<string, unknown>> = {}): CaseFormInput {
  return {
    kind: "FRAUD",
    platform: "ALIPAY",
    title: "支付宝 刷单诈骗",
    note: "",
    timeZone: "Asia/Shanghai",
    payments: [
      {
        occurredAt: "2026-11-29T10:00",
        amount: "２０，０００",
        counterpartyName: "张某",
        counterpartyAccount: "6222020200112233445",
      },
      { occurredAt: "2026-11-29T12:30", amount: "8000" },
    ],
    facts: { discoveredAt: "2026-11-29T16:00", policeReported: "no" },
    ...overrides,
  } as CaseFormInput;
}

export function parseForm(input: CaseFormInput) {
  return CaseFormSchema.parse(input);
}

/**
 * The same fraud on WeChat Pay: the platform whose 百万保障 gives the police report its 48 h
 * (`fraud.police-report` is scoped to it; elsewhere the report is a recommendation, no deadline).
 */
export function wechatFraudForm(overrides: Partial<Record<string, unknown>> = {}): CaseFormInput {
  return fraudForm({ platform: "WECHAT_PAY", title: "微信支付 刷单诈骗", ...overrides });
}
