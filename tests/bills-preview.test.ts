import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { MAX_BILL_BYTES } from "@/lib/bills";

// The route as Next calls it, with a real Request. Next's request scope does not exist under
// Vitest, so only the session lookup is replaced.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string } }));
vi.mock("@/lib/auth", () => ({ getSessionUser: async () => session.user }));

const { POST } = await import("@/app/api/bills/preview/route");

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../lib/bills/fixtures/${name}`, import.meta.url)));

function post(body: BodyInit | null, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost/api/bills/preview", {
      method: "POST",
      body,
      headers: { "content-type": "application/octet-stream", ...headers },
      duplex: "half",
    } as RequestInit),
  );
}

describe("POST /api/bills/preview", () => {
  beforeEach(() => {
    session.user = { id: "user-1", email: "a@example.com" };
  });

  test("401 without a session, before reading the body", async () => {
    session.user = null;
    const response = await post(fixture("example-wechat-records.csv"));
    expect(response.status).toBe(401);
  });

  test("200 with JSON-safe rows: ISO instants and fen as decimal text", async () => {
    const response = await post(fixture("example-alipay-records.csv"), {
      "x-bill-name": encodeURIComponent("支付宝交易明细.csv"),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as { ok: true; platform: string; rows: Record<string, unknown>[] };
    expect(body.platform).toBe("ALIPAY");
    expect(body.rows).toHaveLength(10);
    expect(body.rows[0]).toMatchObject({
      line: 26,
      occurredAt: "2023-02-12T13:32:14.000Z",
      amountFen: "4974",
      direction: "OUT",
      transactionId: "202302xxxxxx0011000103xxxxxx",
      counterpartyAccount: null,
    });
  });

  test("422 with the message in the user's language (cookie), zh-CN by default", async () => {
    const zh = await post(fixture("example-jd-records.csv"));
    expect(zh.status).toBe(422);
    expect(await zh.json()).toEqual({
      ok: false,
      code: "not_a_bill",
      params: {},
      message: "无法识别这个文件。请上传微信支付账单（CSV 或 xlsx）或支付宝交易明细（CSV）。",
    });
    const en = await post(fixture("example-jd-records.csv"), { cookie: "NEXT_LOCALE=en" });
    expect(((await en.json()) as { message: string }).message).toBe(
      "This file is not recognised. Upload a WeChat Pay bill (CSV or xlsx) or an Alipay transaction statement (CSV).",
    );
  });

  test("413 for a declared length over the limit, and for a chunked body that passes it", async () => {
    const declared = await post(new Uint8Array(10), { "content-length": String(MAX_BILL_BYTES + 1) });
    expect(declared.status).toBe(413);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024).fill(0x41));
      },
    });
    const chunked = await post(endless);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { code: string }).code).toBe("file_too_large");
    // It stopped reading right after the limit instead of draining the stream.
    expect(sent).toBeLessThanOrEqual(MAX_BILL_BYTES + 3 * 1024 * 1024);
  });

  test("an empty body and a truncated bill are 422 with their own codes", async () => {
    expect(((await (await post(new Uint8Array(0))).json()) as { code: string }).code).toBe("empty_file");
    const bill = fixture("example-wechat-records.csv");
    const cut = await post(bill.subarray(0, bill.length - 7));
    expect(cut.status).toBe(422);
    expect(((await cut.json()) as { message: string }).message).toMatch(/^文件不完整/);
  });
});
