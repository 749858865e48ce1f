// Node has a GBK decoder (TextDecoder "gb18030") but no encoder; tests build Alipay-shaped files
// from text, so invert the decoder once over every two-byte GBK code.
let table: Map<string, number[]> | null = null;

function encodingTable(): Map<string, number[]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gb18030");
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\uFFFD" && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

export function encodeGbk(text: string): Uint8Array {
  const codes = encodingTable();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = codes.get(char);
      if (!bytes) throw new Error(`no GBK code for ${char}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
