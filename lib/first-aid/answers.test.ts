import { describe, expect, test } from "vitest";
import { computeKindDeadlines } from "@/lib/kinds/catalog";
import {
  FIRST_AID_SLUG_LIST,
  carriedAnswers,
  firstAidCaseForm,
  firstAidReturnPath,
  kindOfSlug,
  parseFirstAid,
  readCarriedAnswers,
} from "./answers";
import { firstAidDeadlines, urgentCalls } from "./deadlines";

// 2026-12-07 10:00 Beijing.
const NOW = new Date("2026-12-07T02:00:00Z");
const q = (query: string) => new URLSearchParams(query);

describe("first-aid answers", () => {
  test("when, which platform, how much: parsed, carried as one canonical string, read back the same", () => {
    const parsed = parseFirstAid("FRAUD", q("platform=WECHAT_PAY&at=2026-12-07T08:30&amount=5%2C000&extra=x"), NOW);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.answers).toMatchObject({
      kind: "FRAUD",
      platform: "WECHAT_PAY",
      at: "2026-12-07T08:30",
      amount: 500000n,
    });
    expect(parsed.query).toBe("platform=WECHAT_PAY&at=2026-12-07T08%3A30&amount=5000");
    const carried = carriedAnswers(parsed.answers);
    expect(carried).toBe("fraud?platform=WECHAT_PAY&at=2026-12-07T08%3A30&amount=5000");
    expect(readCarriedAnswers(carried, NOW)).toEqual(parsed.answers);
  });

  test("each missing or bad answer is a translated field error, a future time included", () => {
    const bad = parseFirstAid("FRAUD", q("platform=PAYPAL&amount=abc"), NOW);
    expect(bad).toEqual({
      ok: false,
      errors: { platform: "errors.invalidChoice", at: "errors.required", amount: "errors.invalidAmount" },
    });
    const future = parseFirstAid("FRAUD", q("platform=ALIPAY&at=2026-12-07T11:00&amount=10"), NOW);
    expect(future).toEqual({ ok: false, errors: { at: "errors.futureTime" } });
    expect(parseFirstAid("FRAUD", q("platform=ALIPAY&at=2026-02-30T11:00&amount=10"), NOW).ok).toBe(false);
  });

  test("only first aid's own pages come back from sign-in, and only with answers that parse", () => {
    expect(firstAidReturnPath("/first-aid/account-theft?at=2026-12-07T09:00&platform=ALIPAY&amount=12.5", NOW)).toBe(
      "/first-aid/account-theft?platform=ALIPAY&at=2026-12-07T09%3A00&amount=12.50",
    );
    for (const other of [
      "/dashboard",
      "//evil.example/first-aid/fraud",
      "https://evil.example/first-aid/fraud?platform=ALIPAY",
      "/first-aid/../cases?platform=ALIPAY&at=2026-12-07T09:00&amount=1",
      "/first-aid/fraud?platform=ALIPAY",
      undefined,
    ]) {
      expect(firstAidReturnPath(other, NOW)).toBeNull();
    }
    expect(readCarriedAnswers("x".repeat(501), NOW)).toBeNull();
    expect(FIRST_AID_SLUG_LIST.map(kindOfSlug)).not.toContain(null);
    expect(kindOfSlug("constructor")).toBeNull();
  });
});

describe("first aid and a case agree", () => {
  test("the fraud police-report deadline is the case's, 48 h after finding out, and comes first (WeChat Pay)", () => {
    const parsed = parseFirstAid("FRAUD", q("platform=WECHAT_PAY&at=2026-12-07T08:30&amount=5000"), NOW);
    if (!parsed.ok) throw new Error("answers should parse");
    const { nextUserDeadline, deadlines, guidance } = firstAidDeadlines(parsed.answers, NOW);
    expect(nextUserDeadline?.ruleId).toBe("fraud.police-report");
    expect(nextUserDeadline?.latest.toISOString()).toBe("2026-12-09T00:30:00.000Z");
    // The engine, asked directly with the event the case's facts imply, says the same.
    const direct = computeKindDeadlines(
      { kind: "FRAUD", amountFen: 500000n, platform: "WECHAT_PAY" },
      [
        { type: "FRAUD_DISCOVERED", occurredAt: new Date("2026-12-07T00:30:00Z") },
        { type: "TRANSFER_MADE", occurredAt: new Date("2026-12-07T00:30:00Z") },
      ],
      NOW,
    );
    expect(deadlines.map((d) => [d.ruleId, d.status])).toEqual(direct.map((d) => [d.ruleId, d.status]));
    // "现在就做" leads with that deadline; the calls it needs (police, the anti-fraud line) are the
    // urgent calls first aid shows above it, so they are not repeated in the item.
    expect(guidance[0]).toMatchObject({ type: "deadline", deadline: { ruleId: "fraud.police-report" } });
    const first = guidance[0];
    expect(first?.type === "deadline" ? first.tel.map((t) => t.number) : null).toEqual([]);
    expect(urgentCalls("FRAUD", "WECHAT_PAY").map((t) => t.number)).toEqual(["110", "96110", "95017"]);
  });

  test("on Alipay no source times the police report: first aid, like the case, recommends it first", () => {
    const parsed = parseFirstAid("FRAUD", q("platform=ALIPAY&at=2026-12-07T08:30&amount=5000"), NOW);
    if (!parsed.ok) throw new Error("answers should parse");
    const { nextUserDeadline, deadlines, guidance } = firstAidDeadlines(parsed.answers, NOW);
    expect(deadlines.map((d) => d.ruleId)).not.toContain("fraud.police-report");
    expect(nextUserDeadline?.ruleId).not.toBe("fraud.police-report");
    expect(guidance[0]).toMatchObject({ type: "recommended", step: { id: "fraud.police" } });
  });

  test("the answers make the wizard's own form: kind, platform, one payment, the kind's starting time", () => {
    const parsed = parseFirstAid(
      "MISDIRECTED_TRANSFER",
      q("platform=WECHAT_PAY&at=2026-12-07T09:00&amount=88&delayed=24"),
      NOW,
    );
    if (!parsed.ok) throw new Error("answers should parse");
    const form = firstAidCaseForm(parsed.answers);
    expect(form).toMatchObject({
      kind: "MISDIRECTED_TRANSFER",
      platform: "WECHAT_PAY",
      timeZone: "Asia/Shanghai",
      payments: [{ occurredAt: "2026-12-07T09:00", amount: 8800n }],
      facts: { delayedArrival: "24" },
    });
  });
});

describe("numbers to call first", () => {
  test("fraud and account theft: police, anti-fraud, then the line that can stop the payment", () => {
    const numbers = (kind: Parameters<typeof urgentCalls>[0], platform?: string, bank?: "ICBC" | "OTHER") =>
      urgentCalls(kind, platform, bank).map((c) => c.number);
    // Before the platform is known: both wallets' lines.
    expect(numbers("FRAUD")).toEqual(["110", "96110", "95017", "95188"]);
    expect(numbers("INSURANCE_CLAIM")).toEqual(["110", "96110", "95017", "95188"]);
    expect(numbers("FRAUD", "ALIPAY")).toEqual(["110", "96110", "95188"]);
    expect(numbers("INSURANCE_CLAIM", "WECHAT_PAY")).toEqual(["110", "96110", "95017"]);
    // A bank card: its bank's line when named, no wallet's line and no guess otherwise.
    expect(numbers("FRAUD", "BANK_CARD", "ICBC")).toEqual(["110", "96110", "95588"]);
    expect(numbers("FRAUD", "BANK_CARD")).toEqual(["110", "96110"]);
    expect(numbers("FRAUD", "BANK_CARD", "OTHER")).toEqual(["110", "96110"]);
    expect(numbers("FRAUD", "OKPAY")).toEqual(["110", "96110"]);
    expect(numbers("MERCHANT_DISPUTE")).toEqual([]);
    expect(numbers("ACCOUNT_RESTRICTED", "WECHAT_PAY")).toEqual([]);
    expect(urgentCalls("FRAUD", "WECHAT_PAY")[2]?.label).toEqual({
      "zh-CN": "微信支付客服95017",
      en: "WeChat Pay 95017",
    });
  });

  test("the fraud result dials each number once: the calls above, not again in 现在就做", () => {
    for (const query of [
      "platform=WECHAT_PAY&at=2026-12-07T08:30&amount=5000",
      "platform=BANK_CARD&bank=ICBC&at=2026-12-07T08:30&amount=5000",
    ]) {
      const parsed = parseFirstAid("FRAUD", q(query), NOW);
      if (!parsed.ok) throw new Error("answers should parse");
      const { answers } = parsed;
      const above = urgentCalls(answers.kind, answers.platform, answers.bank).map((c) => c.number);
      const { guidance } = firstAidDeadlines(answers, NOW);
      // WeChat Pay: the 48 h deadline; a bank card: the same step, recommended.
      expect(guidance[0]?.type).toBe(answers.platform === "WECHAT_PAY" ? "deadline" : "recommended");
      const below = guidance.flatMap((item) => ("tel" in item ? item.tel.map((t) => t.number) : []));
      const all = [...above, ...below];
      expect(all.filter((n) => n === "110")).toHaveLength(1);
      expect(all.filter((n) => n === "96110")).toHaveLength(1);
      expect(new Set(all).size).toBe(all.length);
    }
  });
});

describe("a bank card's bank in first aid", () => {
  test("is carried, opens the case with it, and gives 现在就做 the bank's line", () => {
    const parsed = parseFirstAid("ACCOUNT_RESTRICTED", q("platform=BANK_CARD&bank=CMB&at=2026-12-07T08:30"), NOW);
    if (!parsed.ok) throw new Error("answers should parse");
    expect(parsed.answers.bank).toBe("CMB");
    expect(parsed.query).toBe("platform=BANK_CARD&at=2026-12-07T08%3A30&bank=CMB&restriction=CANNOT_PAY");
    expect(firstAidCaseForm(parsed.answers).facts).toMatchObject({ bank: "CMB" });
    const { guidance } = firstAidDeadlines(parsed.answers, NOW);
    const tel = guidance.flatMap((item) => ("tel" in item ? item.tel.map((t) => t.number) : []));
    expect(tel).toContain("95555");
    expect(tel).not.toContain("95017");
  });

  test("is dropped for another platform, and refused when not in the catalog", () => {
    const parsed = parseFirstAid("FRAUD", q("platform=ALIPAY&bank=ICBC&at=2026-12-07T08:30&amount=10"), NOW);
    expect(parsed.ok && parsed.answers.bank).toBeUndefined();
    expect(parsed.ok && parsed.query).toBe("platform=ALIPAY&at=2026-12-07T08%3A30&amount=10");
    const bad = parseFirstAid("FRAUD", q("platform=BANK_CARD&bank=CHASE&at=2026-12-07T08:30&amount=10"), NOW);
    expect(bad).toEqual({ ok: false, errors: { bank: "errors.invalidChoice" } });
  });
});

describe("a restricted account lost no money", () => {
  test("first aid does not ask how much, and the case opens without a payment", () => {
    const parsed = parseFirstAid(
      "ACCOUNT_RESTRICTED",
      q("platform=ALIPAY&at=2026-12-07T08:30&restriction=CANNOT_PAY"),
      NOW,
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.answers.amount).toBeUndefined();
    expect(parsed.query).not.toContain("amount");
    const form = firstAidCaseForm(parsed.answers);
    expect(form.payments).toEqual([]);
    const { guidance } = firstAidDeadlines(parsed.answers, NOW);
    expect(guidance.length).toBeGreaterThan(0);
  });

  test("an amount sent anyway is not kept; other kinds still need one", () => {
    const extra = parseFirstAid("ACCOUNT_RESTRICTED", q("platform=ALIPAY&at=2026-12-07T08:30&amount=0.01"), NOW);
    expect(extra.ok && extra.answers.amount).toBeUndefined();
    expect(parseFirstAid("FRAUD", q("platform=ALIPAY&at=2026-12-07T08:30"), NOW)).toEqual({
      ok: false,
      errors: { amount: "errors.required" },
    });
  });
});
