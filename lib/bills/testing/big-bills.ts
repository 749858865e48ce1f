import { wechatCsvText } from "./fixtures";

/**
 * A real-shaped WeChat CSV of about `targetBytes`: the fixture's preamble and column row, then
 * rows like its own, each with its own time, amount, counterparty and transaction number (issue
 * 23 measured a 9.5 MB, 62,505-row export).
 */
export function bigWechatCsv(targetBytes: number): Uint8Array<ArrayBuffer> {
  const text = wechatCsvText();
  const lines = text.split("\n");
  const header = lines.findIndex((line) => line.startsWith("交易时间,"));
  const parts = [lines.slice(0, header + 1).join("\n")];
  let size = Buffer.byteLength(parts[0]!);
  for (let i = 0; size < targetBytes; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 600_000).toISOString();
    const when = `${day.slice(0, 10)} ${day.slice(11, 19)}`;
    const yuan = `${1 + (i % 997)}.${String(i % 100).padStart(2, "0")}`;
    const out = i % 5 !== 0;
    const line =
      `${when},"商户消费","商户${i % 3000}号店(传奇广场店)","总共消费:${yuan}","${out ? "支出" : "收入"}",¥${yuan},` +
      `"中国银行(1234)","支付成功","4200001${String(i).padStart(12, "0")}"\t,"${String(i).padStart(10, "0")}"\t,"/"`;
    parts.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return new TextEncoder().encode(`${parts.join("\n")}\n`);
}

/** One line of `bytes` bytes of comma-separated one-letter fields: no bill, all parsing. */
export function oneLineCsv(bytes: number): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode("a,".repeat(Math.floor(bytes / 2)));
}
