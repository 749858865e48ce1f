import { describe, expect, test } from "vitest";
import { safeRedirect } from "./safe-redirect";

const BASE = "http://localhost:3000";

describe("safeRedirect", () => {
  test("paths and same-origin URLs are kept", () => {
    expect(safeRedirect("/cases?x=1", BASE)).toBe("http://localhost:3000/cases?x=1");
    expect(safeRedirect("http://localhost:3000/cases", BASE)).toBe("http://localhost:3000/cases");
  });

  test("a host that merely starts with ours, other hosts and protocol-relative URLs go home", () => {
    expect(safeRedirect("http://localhost:3000.evil.example/", BASE)).toBe(BASE);
    expect(safeRedirect("https://evil.example/", BASE)).toBe(BASE);
    expect(safeRedirect("//evil.example/x", BASE)).toBe(BASE);
    expect(safeRedirect("/\\evil.example", BASE)).toBe(BASE);
    expect(safeRedirect("javascript:alert(1)", BASE)).toBe(BASE);
  });

  test("malformed input never throws", () => {
    expect(safeRedirect("http://[::1", BASE)).toBe(BASE);
    expect(safeRedirect("\u0000\ud800", BASE)).toBe(BASE);
    expect(safeRedirect("/x", "not a url")).toBe("/");
    expect(safeRedirect("x".repeat(5000), BASE)).toBe(BASE);
  });
});
