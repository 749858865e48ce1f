import { readFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { MAX_BILL_BYTES } from "@/lib/bills";
import { BILL_PAGE_SIZE, encodeBillPageQuery, FIRST_PAGE, type BillPageQuery } from "@/lib/bills/preview-query";
import { bigWechatCsv, oneLineCsv } from "@/lib/bills/testing/big-bills";

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
      "x-bill-query": encodeBillPageQuery({ ...FIRST_PAGE, outgoingOnly: false }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as {
      ok: true;
      platform: string;
      total: number;
      rows: Record<string, unknown>[];
    };
    expect(body.platform).toBe("ALIPAY");
    expect(body.total).toBe(10);
    expect(body.rows).toHaveLength(10);
    expect(body.rows.find((row) => row.line === 26)).toMatchObject({
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
      error: {
        code: "not_a_bill",
        message: "无法识别这个文件。请上传微信支付账单（CSV 或 xlsx）或支付宝交易明细（CSV）。",
      },
    });
    const en = await post(fixture("example-jd-records.csv"), { cookie: "NEXT_LOCALE=en" });
    expect(((await en.json()) as Refusal).error.message).toBe(
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
    expect(((await chunked.json()) as Refusal).error.code).toBe("file_too_large");
    // It stopped reading right after the limit instead of draining the stream.
    expect(sent).toBeLessThanOrEqual(MAX_BILL_BYTES + 3 * 1024 * 1024);
  });

  test("an empty body and a truncated bill are 422 with their own codes", async () => {
    expect(((await (await post(new Uint8Array(0))).json()) as Refusal).error.code).toBe("empty_file");
    const bill = fixture("example-wechat-records.csv");
    const cut = await post(bill.subarray(0, bill.length - 7));
    expect(cut.status).toBe(422);
    expect(((await cut.json()) as Refusal).error.message).toMatch(/^文件不完整/);
  });
});

/** A refusal's body (lib/errors/error-response). */
type Refusal = { error: { code: string; message: string } };

type Page = {
  ok: true;
  total: number;
  shown: number;
  page: number;
  pageCount: number;
  counts: { payment: number; recovery: number; none: number };
  totals: { paymentFen: string; recoveryFen: string };
  counterparties: string[];
  rows: { line: number; occurredAt: string; direction: string; amountFen: string; counterparty: string }[];
};

describe("POST /api/bills/preview: pages, not the whole file", () => {
  beforeEach(() => {
    session.user = { id: "user-1", email: "a@example.com" };
  });

  const query = (q: Partial<BillPageQuery>) => ({ "x-bill-query": encodeBillPageQuery({ ...FIRST_PAGE, ...q }) });

  test("a 9.5 MB real-shaped bill: a page of 50 rows with the whole file's counts and totals, under 1 MB", async () => {
    const bill = bigWechatCsv(9_500_000);
    const first = await post(bill.slice(), query({}));
    expect(first.status).toBe(200);
    const text = await first.text();
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const page = JSON.parse(text) as Page;
    expect(page.total).toBeGreaterThan(40_000);
    expect(page.counts.payment + page.counts.recovery + page.counts.none).toBe(page.total);
    // Every fifth generated row is money in (a recovery); the rest are payments out.
    expect(page.counts.recovery).toBe(Math.ceil((page.total - 27) / 5) + 6);
    // Outgoing only, by default: the payments (no own-account moves in this bill).
    expect(page.shown).toBe(page.counts.payment);
    expect(page.rows).toHaveLength(BILL_PAGE_SIZE);
    expect(page.pageCount).toBe(Math.ceil(page.shown / BILL_PAGE_SIZE));
    expect(page.rows.every((row) => row.direction === "OUT")).toBe(true);
    // Newest first, across pages.
    const times = page.rows.map((row) => Date.parse(row.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const second = (await (await post(bill.slice(), query({ page: 2 }))).json()) as Page;
    expect(second.page).toBe(2);
    expect(Date.parse(second.rows[0]!.occurredAt)).toBeLessThanOrEqual(times.at(-1)!);
    expect(new Set([...page.rows, ...second.rows].map((row) => row.line)).size).toBe(2 * BILL_PAGE_SIZE);

    // Filtered on the server: one counterparty, one amount.
    const one = (await (
      await post(bill.slice(), query({ counterparty: "商户7号店(传奇广场店)", minFen: "800" }))
    ).json()) as Page;
    expect(one.shown).toBeGreaterThan(0);
    expect(one.shown).toBeLessThan(page.shown);
    expect(one.rows.every((row) => row.counterparty === "商户7号店(传奇广场店)" && BigInt(row.amountFen) >= 800n)).toBe(
      true,
    );
  }, 120_000);

  test("a malformed page query is a translated 422 before the file is read", async () => {
    const response = await post(fixture("example-wechat-records.csv"), { "x-bill-query": "%7B%22page%22%3A0%7D" });
    expect(response.status).toBe(422);
    expect(((await response.json()) as Refusal).error.code).toBe("invalid_input");
  });

  test("the event loop keeps answering while a 9 MiB bill and a 9 MiB one-line CSV are read", async () => {
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    histogram.enable();
    const started = performance.now();
    const [big, oneLine] = await Promise.all([
      post(bigWechatCsv(9 * 1024 * 1024), query({})),
      post(oneLineCsv(9 * 1024 * 1024)),
    ]);
    const elapsed = performance.now() - started;
    histogram.disable();
    clearInterval(ticker);
    expect(big.status).toBe(200);
    expect(oneLine.status).toBe(422);
    expect(["not_a_bill", "too_complex"]).toContain(((await oneLine.json()) as Refusal).error.code);
    // Generous bounds (a loaded 2-core machine): on the event loop these files take seconds each.
    expect(histogram.max / 1e6).toBeLessThan(1_000);
    expect(ticks).toBeGreaterThan(elapsed / 20 / 4);
  }, 120_000);
});
