import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { CaseFormSchema } from "@/lib/cases/schema";
import { toFormValues, toStoredCase } from "@/lib/cases/stored-facts";
import { BANK_IDS, BANKS, bankChoice, bankLine, isBankId } from "./banks";
import { caseContacts, platformLine, stepContacts } from "./contacts";
import { parseStoredFacts } from "./index";

const PUBLISHED: Record<string, string> = {
  ICBC: "95588",
  CCB: "95533",
  ABC: "95599",
  BOC: "95566",
  BOCOM: "95559",
  CMB: "95555",
  PSBC: "95580",
  CITIC: "95558",
  CEB: "95595",
  CMBC: "95568",
  SPDB: "95528",
  CIB: "95561",
  PINGAN: "95511",
  HXB: "95577",
  CGB: "4008308003",
};

describe("the bank catalog", () => {
  it("gives each named bank its published national line, digits only for the tel: link", () => {
    expect(BANK_IDS.filter((id) => id !== "OTHER").sort()).toEqual(Object.keys(PUBLISHED).sort());
    for (const id of BANK_IDS) {
      const line = bankLine(id);
      if (id === "OTHER") expect(line).toBeNull();
      else expect(line?.number).toBe(PUBLISHED[id]);
    }
  });

  it("labels the line as a person reads it, in each language", () => {
    expect(bankLine("ICBC")?.label).toEqual({ "zh-CN": "工商银行客服95588", en: "ICBC 95588" });
    expect(bankLine("CGB")).toEqual({
      number: "4008308003",
      label: { "zh-CN": "广发银行客服400-830-8003", en: "CGB 400-830-8003" },
    });
  });

  it("has no line for another bank, none named, or an id it does not know", () => {
    expect(bankLine("OTHER")).toBeNull();
    expect(bankLine(null)).toBeNull();
    expect(bankLine(undefined)).toBeNull();
    expect(bankLine("CHASE" as never)).toBeNull();
    expect(bankLine("toString" as never)).toBeNull();
    expect(isBankId("ICBC")).toBe(true);
    expect(isBankId("constructor")).toBe(false);
  });

  it("writes Chinese names in Chinese and English names without Chinese; the select's messages match", () => {
    for (const id of BANK_IDS) {
      const b = BANKS[id];
      expect(b.name["zh-CN"]).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(b.short["zh-CN"]).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(b.name.en).toMatch(/^[A-Za-z ]+$/);
      expect(zh.cases.banks[id]).toBe(b.name["zh-CN"]);
      expect(en.cases.banks[id]).toBe(b.name.en);
    }
    for (const key of ["bank", "bankHint", "bankUnknown"] as const) {
      expect(zh.wizard[key]).not.toMatch(/[,:;?!()]/);
      expect(zh.wizard[key]).toMatch(/[\u4e00-\u9fff]/);
      expect(en.wizard[key]).not.toMatch(/[\u4e00-\u9fff\uff0c\uff1a\uff1b\uff08\uff09]/);
    }
  });
});

describe("stepContacts and platformLine for a bank card", () => {
  it("a bank card's platform line is its bank's, and none when the bank is not named", () => {
    expect(platformLine("BANK_CARD", "CMB")?.number).toBe("95555");
    expect(platformLine("BANK_CARD", null)).toBeNull();
    expect(platformLine("BANK_CARD")).toBeNull();
    expect(platformLine("BANK_CARD", "OTHER")).toBeNull();
    expect(stepContacts(["platform"], "ACCOUNT_RESTRICTED", "BANK_CARD", "ICBC").map((t) => t.number)).toEqual([
      "95588",
    ]);
    expect(stepContacts(["platform"], "ACCOUNT_RESTRICTED", "BANK_CARD", null)).toEqual([]);
  });

  it("a bank left on a case of another platform does not change that platform's line", () => {
    expect(platformLine("WECHAT_PAY", "ICBC")?.number).toBe("95017");
    expect(platformLine("OKPAY", "ICBC")).toBeNull();
    expect(stepContacts(["platform"], "FRAUD", "ALIPAY", "ICBC").map((t) => t.number)).toEqual(["95188"]);
  });

  it("110 and 96110 stay for fraud and theft only, beside the bank's line", () => {
    const names = ["platform", "police", "antiFraud"] as const;
    expect(stepContacts(names, "FRAUD", "BANK_CARD", "BOC").map((t) => t.number)).toEqual(["95566", "110", "96110"]);
    expect(stepContacts(names, "MERCHANT_DISPUTE", "BANK_CARD", "BOC").map((t) => t.number)).toEqual(["95566"]);
    expect(stepContacts(names, "MISDIRECTED_TRANSFER", "BANK_CARD", null)).toEqual([]);
  });
});

describe("the bank answer in the case form and stored facts", () => {
  const form = (platform: string, bank: string) => ({
    kind: "ACCOUNT_RESTRICTED",
    platform,
    title: "卡被限制",
    timeZone: "Asia/Shanghai",
    payments: [],
    facts: { bank, restriction: "CANNOT_PAY", noticedAt: "2026-03-10T20:30" },
  });

  it("is optional: blank or absent means not named; an unknown bank is a translated choice error", () => {
    expect(bankChoice.parse("")).toBeUndefined();
    expect(bankChoice.parse(undefined)).toBeUndefined();
    expect(bankChoice.parse("PSBC")).toBe("PSBC");
    const bad = CaseFormSchema.safeParse(form("BANK_CARD", "CHASE"));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["facts.bank", "errors.invalidChoice"],
    ]);
  });

  it("is stored for a bank card and read back into the form; another platform drops it", () => {
    const stored = toStoredCase(CaseFormSchema.parse(form("BANK_CARD", "CCB")));
    expect(stored.facts.bank).toBe("CCB");
    const json = JSON.parse(JSON.stringify(stored.facts));
    expect(parseStoredFacts("ACCOUNT_RESTRICTED", json).bank).toBe("CCB");
    expect(toFormValues("ACCOUNT_RESTRICTED", stored, "Asia/Shanghai").facts).toMatchObject({ bank: "CCB" });
    expect(toStoredCase(CaseFormSchema.parse(form("WECHAT_PAY", "CCB"))).facts.bank).toBeNull();
    expect(toStoredCase(CaseFormSchema.parse(form("BANK_CARD", ""))).facts.bank).toBeNull();
  });

  it("reads rows from before the field, or naming a bank since dropped, as no bank named", () => {
    const row = {
      kind: "FRAUD",
      discoveredAt: "2026-03-10T12:30:00.000Z",
      policeReportedAt: null,
      policeReceiptNo: null,
    };
    expect(parseStoredFacts("FRAUD", row).bank).toBeNull();
    expect(parseStoredFacts("FRAUD", { ...row, bank: "GONE_BANK" }).bank).toBeNull();
    expect(parseStoredFacts("FRAUD", { ...row, bank: "HXB" }).bank).toBe("HXB");
  });
});

describe("caseContacts: the case page's official contacts and the letters' service", () => {
  it("a named bank's service and number replace the card's-back route", () => {
    expect(caseContacts("BANK_CARD", "ICBC")).toEqual([
      {
        label: { "zh-CN": "中国工商银行客服", en: "Industrial and Commercial Bank of China customer service" },
        tel: "95588",
        route: expect.objectContaining({ "zh-CN": expect.stringContaining("银行卡背面") }),
      },
    ]);
    const cgb = caseContacts("BANK_CARD", "CGB")[0];
    expect([cgb?.tel, cgb?.telText]).toEqual(["4008308003", "400-830-8003"]);
  });

  it("an unnamed or other bank keeps the generic route, and other platforms ignore a bank", () => {
    for (const bank of [null, undefined, "OTHER"] as const) {
      const [only] = caseContacts("BANK_CARD", bank);
      expect(only?.tel).toBeUndefined();
      expect(only?.route?.["zh-CN"]).toContain("背面");
    }
    expect(caseContacts("WECHAT_PAY", "ICBC").map((c) => c.tel)).toEqual(["95017"]);
    expect(caseContacts("OKPAY", "ICBC").map((c) => c.tel)).toEqual([undefined]);
  });
});
