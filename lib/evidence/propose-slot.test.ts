import { describe, expect, test } from "vitest";
import type { CaseKind } from "@/lib/deadlines";
import { checklistForKind } from "./checklist";
import { fileFamily, proposeSlot, type Slot } from "./propose-slot";

/** The uploadable slots of a kind's real checklist; `filled` ones already have a file. */
function slots(kind: CaseKind, filled: readonly string[] = []): Slot[] {
  return checklistForKind(kind)
    .filter((item) => !item.fact)
    .map((item) => ({ id: item.id, open: !filled.includes(item.id) }));
}

const JPEG = "image/jpeg";
const PNG = "image/png";
const PDF = "application/pdf";

describe("an upload is proposed for the slot it most likely fills", () => {
  test.each([
    // [kind, name, mime, filled, expected, because]
    ["MISDIRECTED_TRANSFER", "微信转账截图.jpg", JPEG, [], "transfer-screenshot", "name"],
    ["MISDIRECTED_TRANSFER", "聊天记录.png", PNG, [], "chat-records", "name"],
    ["MISDIRECTED_TRANSFER", "WeChat转账记录.PNG", PNG, [], "transfer-screenshot", "name"],
    ["MISDIRECTED_TRANSFER", "电子回单.pdf", PDF, [], "payment-voucher", "name"],
    ["MISDIRECTED_TRANSFER", "收款人实名信息.jpg", JPEG, [], "recipient-real-name", "name"],
    // A nameless screenshot: the first empty slot that screenshots fill, in checklist order.
    ["MISDIRECTED_TRANSFER", "IMG_2031.PNG", PNG, [], "transfer-screenshot", "type"],
    ["MISDIRECTED_TRANSFER", "IMG_2031.PNG", PNG, ["transfer-screenshot"], "chat-records", "type"],
    ["MISDIRECTED_TRANSFER", "Screenshot_20261206-213012_WeChat.jpg", JPEG, [], "transfer-screenshot", "type"],
    ["MISDIRECTED_TRANSFER", "mmexport1765028412345.jpg", JPEG, ["transfer-screenshot"], "chat-records", "type"],
    ["FRAUD", "报警回执.pdf", PDF, [], "police-receipt", "name"],
    // The name wins over emptiness: a second page of the receipt is still the receipt.
    ["FRAUD", "报警回执2.jpg", JPEG, ["police-receipt"], "police-receipt", "name"],
    ["FRAUD", "Screenshot_20261206-213012_WeChat.jpg", JPEG, [], "transfer-vouchers", "type"],
    ["FRAUD", "聊天记录 (2).png", PNG, [], "chat-records", "name"],
    ["FRAUD", "骗子主页.png", PNG, [], "fraudster-account", "name"],
    ["FRAUD", "身份证正面.jpg", JPEG, [], "id-card", "name"],
    [
      "FRAUD",
      "微信支付账单(20261101-20261206).xlsx",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      [],
      "fund-flow",
      "name",
    ],
    ["FRAUD", "alipay_record_20261206.csv", "text/csv; charset=utf-8", [], "fund-flow", "type"],
    // A camera photo with no name is a paper document: the ID card, then the police receipt.
    ["FRAUD", "IMG_4410.HEIC", "image/heic", [], "id-card", "type"],
    ["FRAUD", "IMG_4410.JPG", JPEG, ["id-card"], "police-receipt", "type"],
    ["FRAUD", "voice-note.m4a", "audio/mp4", [], "chat-records", "type"],
    ["MERCHANT_DISPUTE", "订单详情.png", PNG, [], "order-details", "name"],
    ["MERCHANT_DISPUTE", "快递物流未更新.png", PNG, [], "non-performance-proof", "name"],
    ["MERCHANT_DISPUTE", "和商家的聊天.png", PNG, [], "chat-evidence", "name"],
    ["INSURANCE_CLAIM", "登录设备记录.png", PNG, [], "device-login-records", "name"],
    ["INSURANCE_CLAIM", "人脸识别失败.png", PNG, [], "face-check-failures", "name"],
    ["INSURANCE_CLAIM", "Screenshot_2026-12-06-21-30-12.png", PNG, [], "transaction-screenshots", "type"],
    ["JUDICIAL_FREEZE", "法院协助冻结通知书.pdf", PDF, [], "court-documents", "name"],
    ["JUDICIAL_FREEZE", "scan0001.pdf", PDF, [], "court-documents", "type"],
    ["ACCOUNT_RESTRICTED", "风控限制通知.png", PNG, [], "platform-notice", "name"],
    ["ACCOUNT_RESTRICTED", "身份证正反面.jpg", JPEG, [], "id-card-both-sides", "name"],
    ["ACCOUNT_RESTRICTED", "承诺书.pdf", PDF, [], "undertaking", "name"],
    ["ACCOUNT_RESTRICTED", "最近交易明细.csv", "text/csv; charset=gb18030", [], "recent-transactions", "name"],
    ["ACCOUNT_RESTRICTED", "transfer.png", PNG, [], "recent-transactions", "name"],
  ] as const)("%s: %s → %s", (kind, name, mime, filled, expected, because) => {
    expect(proposeSlot({ name, mime }, slots(kind, filled))).toEqual({ slot: expected, because });
  });

  test("nothing fits: no slot of that type is empty and the name names none", () => {
    const all = slots("JUDICIAL_FREEZE").map((s) => s.id);
    expect(proposeSlot({ name: "IMG_2031.PNG", mime: PNG }, slots("JUDICIAL_FREEZE", all))).toBeNull();
    // A recording is no court document, whatever it is called.
    expect(proposeSlot({ name: "法院通知.mp3", mime: "audio/mpeg" }, slots("JUDICIAL_FREEZE"))).toBeNull();
    expect(proposeSlot({ name: "x.bin", mime: "application/octet-stream" }, slots("FRAUD"))).toBeNull();
    expect(proposeSlot({ name: "IMG_2031.PNG", mime: PNG }, [])).toBeNull();
  });

  test("a slot met by a fact is never proposed: 交易单号 is typed in the payment form", () => {
    const withFact = checklistForKind("MISDIRECTED_TRANSFER").map((item) => ({ id: item.id, open: true }));
    expect(withFact.map((s) => s.id)).toContain("transaction-number");
    expect(proposeSlot({ name: "交易单号.png", mime: PNG }, withFact)?.slot).not.toBe("transaction-number");
  });

  test("Latin words stand alone: “video” holds no “id”, “alipay” no “pay”", () => {
    expect(proposeSlot({ name: "video_0001.pdf", mime: PDF }, slots("FRAUD"))?.slot).not.toBe("id-card");
    expect(proposeSlot({ name: "alipay.png", mime: PNG }, slots("MISDIRECTED_TRANSFER"))).toEqual({
      slot: "transfer-screenshot",
      because: "type",
    });
  });

  test("file families from sniffed types", () => {
    expect(
      [
        "image/heic",
        "application/pdf",
        "text/csv; charset=utf-8",
        "text/plain; charset=gb18030",
        "video/mp4",
        "audio/mpeg",
      ].map(fileFamily),
    ).toEqual(["image", "pdf", "table", "text", "video", "audio"]);
    expect(fileFamily("application/zip")).toBeNull();
  });
});
