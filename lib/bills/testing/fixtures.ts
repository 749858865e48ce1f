import { readFileSync } from "node:fs";

const dir = new URL("../fixtures/", import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, dir)));
}

export const wechatCsvText = () => new TextDecoder("utf-8").decode(fixtureBytes("example-wechat-records.csv"));
export const alipayCsvText = () => new TextDecoder("gb18030").decode(fixtureBytes("example-alipay-records.csv"));
export const utf8 = (text: string) => new TextEncoder().encode(text);
