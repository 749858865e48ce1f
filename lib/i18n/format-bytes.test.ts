import { expect, test } from "vitest";
import { formatBytes } from "./format-bytes";

test("binary units, one decimal below 100, the locale's digits", () => {
  expect(formatBytes(512, "en")).toBe("512 B");
  expect(formatBytes(1536, "en")).toBe("1.5 KB");
  expect(formatBytes(12 * 1024, "zh-CN")).toBe("12 KB");
  expect(formatBytes(150 * 1024 * 1024 + 300_000, "en")).toBe("150 MB");
  expect(formatBytes(2.25 * 1024 ** 3, "en")).toBe("2.3 GB");
  expect(formatBytes(1234 * 1024 ** 3, "en")).toBe("1,234 GB");
});
