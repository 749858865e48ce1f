import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { classifyEvidence, SNIFF_BYTES } from "./classify-evidence";

// Real files made by __fixtures__/make-fixtures.py (or copied from this machine).
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "__fixtures__", name));
const head = (bytes: Uint8Array) => bytes.subarray(0, SNIFF_BYTES);

describe("classifyEvidence accepts what a case needs, by content", () => {
  test.each([
    ["photo.jpg", "image/jpeg", "jpg"],
    ["transfer.png", "image/png", "png"],
    ["photo.webp", "image/webp", "webp"],
    ["photo.heic", "image/heic", "heic"],
    ["receipt.pdf", "application/pdf", "pdf"],
    ["voice.mp3", "audio/mpeg", "mp3"],
    ["voice.m4a", "audio/mp4", "m4a"],
    ["video.mp4", "video/mp4", "mp4"],
    ["bill-utf8.csv", "text/csv; charset=utf-8", "csv"],
    ["bill-gb18030.csv", "text/csv; charset=gb18030", "csv"],
    ["chat-gbk.txt", "text/plain; charset=gb18030", "txt"],
    ["notes-bom.txt", "text/plain; charset=utf-8", "txt"],
    ["bill-wechat.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  ])("%s → %s", (name, mime, ext) => {
    expect(classifyEvidence(head(fixture(name)))).toEqual({ ok: true, mime, ext });
  });

  test("GBK text really is not UTF-8, and decodes to the Chinese it was made from", () => {
    const bytes = fixture("chat-gbk.txt");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder("gb18030").decode(bytes)).toContain("已转账500元");
  });
});

describe("classifyEvidence refuses everything else", () => {
  test.each([
    ["true.elf", "executable"],
    ["setup.exe", "executable"],
    ["archive.zip", "archive"],
    ["letter.docx", "office"],
    ["macros.xlsm", "office"],
    ["page-bom.html", "markup"],
    ["page-upper.htm", "markup"],
    ["image-bare.svg", "markup"],
    ["image-prolog.svg", "markup"],
    ["angle.txt", "markup"],
    ["svg-utf16.svg", "unsupported"],
    ["control.bin", "unsupported"],
    ["anim.gif", "unsupported"],
    ["empty.txt", "empty"],
  ])("%s → %s", (name, code) => {
    expect(classifyEvidence(head(fixture(name)))).toEqual({ ok: false, code });
  });

  test("whitespace only is empty, a full-width ＜ counts as markup", () => {
    const enc = new TextEncoder();
    expect(classifyEvidence(enc.encode(" \r\n\t "))).toEqual({ ok: false, code: "empty" });
    expect(classifyEvidence(enc.encode("\ufeff  <!doctype html>"))).toEqual({ ok: false, code: "markup" });
    expect(classifyEvidence(enc.encode("＜script＞"))).toEqual({ ok: false, code: "markup" });
  });

  test("the file's name cannot help: an ELF's bytes are refused whatever it is called", () => {
    const elf = fixture("true.elf");
    expect(elf.subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]));
    expect(classifyEvidence(elf).ok).toBe(false);
  });
});

describe("a head cut at SNIFF_BYTES", () => {
  test("text cut inside a multi-byte character is still text (UTF-8 and GB18030)", () => {
    const line = "张三：请把验证码发给我，我已转账。\n";
    const utf8 = Buffer.from(line.repeat(200), "utf-8");
    const cutUtf8 = head(utf8);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(cutUtf8)).toThrow(); // really cut mid-character
    expect(classifyEvidence(cutUtf8)).toEqual({ ok: true, mime: "text/plain; charset=utf-8", ext: "txt" });

    const gbk = new Uint8Array(SNIFF_BYTES + 1);
    gbk[0] = 0x61; // one ASCII byte first so the 2-byte characters straddle the cut
    for (let i = 1; i < gbk.length; i += 2) {
      gbk[i] = 0xd5; // 张 in GBK is D5 C5
      gbk[i + 1] = 0xc5;
    }
    const cutGbk = head(gbk);
    expect(cutGbk.at(-1)).toBe(0xd5);
    expect(classifyEvidence(cutGbk)).toEqual({ ok: true, mime: "text/plain; charset=gb18030", ext: "txt" });
  });

  test("random bytes are not text", () => {
    const noise = new Uint8Array(SNIFF_BYTES);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = 0x80 + ((x >> 16) & 0x7f); // high bytes only, so the control-byte check alone cannot decide
    }
    expect(classifyEvidence(noise)).toEqual({ ok: false, code: "unsupported" });
  });
});

describe("xlsx workbooks", () => {
  const xlsx = fixture("bill-wechat.xlsx");

  test("the WeChat bill's [Content_Types].xml is deflated: it is inflated from the head and names the workbook", () => {
    expect(xlsx.readUInt16LE(8)).toBe(8); // deflate
    expect(xlsx.subarray(30, 49).toString("latin1")).toBe("[Content_Types].xml");
    expect(classifyEvidence(head(xlsx)).ok).toBe(true);
  });

  test("xl/ parts without a [Content_Types].xml that reads are not taken as a workbook (Office, refused)", () => {
    const unreadable = Buffer.from(head(xlsx));
    unreadable.writeUInt16LE(12, 8); // the entry now claims bzip2, which is not inflated here
    expect(classifyEvidence(unreadable)).toEqual({ ok: false, code: "office" });
    // Cut before any xl/ entry, nothing says Office: a plain archive.
    expect(classifyEvidence(xlsx.subarray(0, 60))).toEqual({ ok: false, code: "archive" });
  });

  test("a workbook part declared as a Word document is still Office, not a spreadsheet", () => {
    const docx = fixture("letter.docx");
    expect(classifyEvidence(head(docx))).toEqual({ ok: false, code: "office" });
  });
});

describe("MP3 frames without a tag", () => {
  test("a bare Layer III frame is MP3; a UTF-16 byte-order mark (Layer I sync) is not", () => {
    const mp3 = fixture("voice.mp3");
    const id3Size = ((mp3[6]! & 0x7f) << 21) | ((mp3[7]! & 0x7f) << 14) | ((mp3[8]! & 0x7f) << 7) | (mp3[9]! & 0x7f);
    const bare = mp3.subarray(10 + id3Size);
    expect(bare[0]).toBe(0xff);
    expect(classifyEvidence(head(bare))).toEqual({ ok: true, mime: "audio/mpeg", ext: "mp3" });
    expect(classifyEvidence(Buffer.from("\ufeffhello", "utf16le"))).toEqual({ ok: false, code: "unsupported" });
  });
});
