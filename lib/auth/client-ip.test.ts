import { describe, expect, test } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  test("one trusted proxy: the address it appended, not what the client wrote", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientIp(headers, 1)).toBe("203.0.113.9");
  });

  test("two trusted proxies: second from the right", () => {
    expect(clientIp({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }, 2)).toBe("203.0.113.9");
  });

  test("no proxy: the rightmost entry (Next.js writes the socket address there)", () => {
    expect(clientIp({ "x-forwarded-for": "198.51.100.4" }, 0)).toBe("198.51.100.4");
  });

  test("more hops configured than entries: the leftmost; no header: unknown", () => {
    expect(clientIp({ "x-forwarded-for": "198.51.100.4" }, 3)).toBe("198.51.100.4");
    expect(clientIp({}, 1)).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": ["192.0.2.1, 192.0.2.2"] }, 0)).toBe("192.0.2.2");
  });
});
