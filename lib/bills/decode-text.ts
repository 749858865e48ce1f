import { BillParseError } from "./errors";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gb18030";
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

type Attempt = { ok: true; text: string } | { ok: false; truncated: boolean };

/**
 * Decodes strictly. An invalid byte in the middle means "not this encoding"; a sequence that is
 * only cut off at the very end means the file itself was cut off (a partial download).
 */
function tryDecode(label: "utf-8" | "gb18030", bytes: Uint8Array): Attempt {
  const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  let text: string;
  try {
    text = decoder.decode(bytes, { stream: true });
  } catch {
    return { ok: false, truncated: false };
  }
  try {
    return { ok: true, text: text + decoder.decode() };
  } catch {
    return { ok: false, truncated: true };
  }
}

/**
 * WeChat writes UTF-8 (with or without a BOM); Alipay writes GBK, which GB18030 contains. Either
 * platform's file re-saved in the other encoding is still accepted: the columns decide the format.
 */
export function decodeBillText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]) || looksLikeUtf16(bytes)) {
    throw new BillParseError("wrong_encoding", "UTF-16 text; expected UTF-8 (WeChat Pay) or GBK (Alipay)");
  }
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const utf8 = tryDecode("utf-8", body);
  if (utf8.ok) return checked({ text: utf8.text, encoding: "utf-8" });
  const gbk = tryDecode("gb18030", body);
  if (gbk.ok) return checked({ text: gbk.text, encoding: "gb18030" });
  if (utf8.truncated || gbk.truncated) {
    throw new BillParseError("truncated", "the file ends in the middle of a character");
  }
  throw new BillParseError("wrong_encoding", "the bytes are neither UTF-8 (WeChat Pay) nor GBK (Alipay) text");
}

// Text that went through a wrong decode once and was saved again carries U+FFFD for every lost
// character: the transaction ids and names in it can no longer be trusted.
function checked(decoded: DecodedText): DecodedText {
  if (decoded.text.includes("\uFFFD")) {
    throw new BillParseError("wrong_encoding", "the text contains U+FFFD replacement characters (a lossy re-save)");
  }
  if (decoded.text.includes("\u0000")) {
    throw new BillParseError("not_a_bill", "binary data, not a text bill");
  }
  return decoded;
}

function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  if (sample.length < 32) return false;
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => {
    if (byte === 0 && i % 2 === 0) even += 1;
    else if (byte === 0) odd += 1;
  });
  // ASCII-heavy UTF-16 has a NUL in every other byte, on one side only; UTF-8 and GBK text have none.
  const half = sample.length / 2;
  return (even > half * 0.3 && odd === 0) || (odd > half * 0.3 && even === 0);
}
