import { describe, expect, test } from "vitest";
import { describeAsciiPunctuation } from "@/lib/i18n/fullwidth.mjs";
import { BackupError, MESSAGES, MESSAGE_CODES, cliLocale, describe as say } from "./messages.mjs";

const params = {
  file: "a.backup",
  part: "blobs/x",
  version: 2,
  migration: "m",
  dir: "/d",
  pid: 1,
  bucket: "b",
  where: "/w",
  needMb: 3,
  restore: true,
  key: "k",
};

describe("backup and restore messages", () => {
  test("every code has an English and a Chinese sentence; the Chinese one uses full-width punctuation", () => {
    for (const code of MESSAGE_CODES) {
      const en = MESSAGES[code]!.en(params);
      const zh = MESSAGES[code]!["zh-CN"](params);
      expect(en).toMatch(/[.:>]$/);
      expect(zh).toMatch(/[。>]$/);
      expect(describeAsciiPunctuation(zh), `${code}: ${zh}`).toEqual([]);
    }
  });

  test("the shell's locale picks the language", () => {
    expect(cliLocale({ LANG: "zh_CN.UTF-8" })).toBe("zh-CN");
    expect(cliLocale({ LANG: "en_US.UTF-8" })).toBe("en");
    expect(cliLocale({ LC_ALL: "zh_TW.UTF-8", LANG: "en_US.UTF-8" })).toBe("zh-CN");
    const full = new BackupError("DISK_FULL", { where: "/mnt/usb", restore: false });
    expect(say(full, "en")).toBe("The disk holding /mnt/usb is full. Nothing was written.");
    expect(say(full, "zh-CN")).toBe("/mnt/usb 所在的磁盘已满。未写入任何文件。");
  });
});
