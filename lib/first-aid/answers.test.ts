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
  test("the fraud police-report deadline is the case's, 48 h after finding out, and comes first", () => {
    const parsed = parseFirstAid("FRAUD", q("platform=ALIPAY&at=2026-12-07T08:30&amount=5000"), NOW);
    if (!parsed.ok) throw new Error("answers should parse");
    const { nextUserDeadline, deadlines, guidance } = firstAidDeadlines(parsed.answers, NOW);
    expect(nextUserDeadline?.ruleId).toBe("fraud.police-report");
    expect(nextUserDeadline?.latest.toISOString()).toBe("2026-12-09T00:30:00.000Z");
    // The engine, asked directly with the event the case's facts imply, says the same.
    const direct = computeKindDeadlines(
      { kind: "FRAUD", amountFen: 500000n, platform: "ALIPAY" },
      [
        { type: "FRAUD_DISCOVERED", occurredAt: new Date("2026-12-07T00:30:00Z") },
        { type: "TRANSFER_MADE", occurredAt: new Date("2026-12-07T00:30:00Z") },
      ],
      NOW,
    );
    expect(deadlines.map((d) => [d.ruleId, d.status])).toEqual(direct.map((d) => [d.ruleId, d.status]));
    // "现在就做" leads with that deadline and the calls it needs: police and the anti-fraud line.
    expect(guidance[0]).toMatchObject({ type: "deadline", deadline: { ruleId: "fraud.police-report" } });
    const first = guidance[0];
    expect(first?.type === "deadline" ? first.tel.map((t) => t.number) : []).toEqual(["110", "96110"]);
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
  test("fraud and account theft: police, anti-fraud, then the platform's line (both before the platform is known)", () => {
    const numbers = (kind: Parameters<typeof urgentCalls>[0], platform?: string) =>
      urgentCalls(kind, platform).map((c) => c.number);
    expect(numbers("FRAUD")).toEqual(["110", "96110", "95017", "95188"]);
    expect(numbers("INSURANCE_CLAIM")).toEqual(["110", "96110", "95017", "95188"]);
    expect(numbers("FRAUD", "ALIPAY")).toEqual(["110", "96110", "95188"]);
    expect(numbers("INSURANCE_CLAIM", "WECHAT_PAY")).toEqual(["110", "96110", "95017"]);
    expect(numbers("FRAUD", "BANK_CARD")).toEqual(["110", "96110", "95017", "95188"]);
    expect(numbers("MERCHANT_DISPUTE")).toEqual([]);
    expect(urgentCalls("FRAUD", "WECHAT_PAY")[2]?.label).toEqual({
      "zh-CN": "微信支付客服95017",
      en: "WeChat Pay customer service 95017",
    });
  });
});
