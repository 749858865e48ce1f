import { describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/scripts/lib/client-address.mjs";
import { clientIp } from "./client-ip";

describe("resolveClientAddress", () => {
  test("no trusted proxy: the socket's address, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("6.6.6.6", "198.51.100.4", 0)).toBe("198.51.100.4");
    expect(resolveClientAddress(["1.1.1.1, 2.2.2.2"], "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  test("one trusted proxy: the address it appended, not what the client wrote", () => {
    expect(resolveClientAddress("6.6.6.6, 203.0.113.9", "10.0.0.1", 1)).toBe("203.0.113.9");
  });

  test("two trusted proxies: second from the right", () => {
    expect(resolveClientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", "10.0.0.1", 2)).toBe("203.0.113.9");
  });

  test("more hops configured than entries: the leftmost; no header behind a proxy: the peer", () => {
    expect(resolveClientAddress("198.51.100.4", "10.0.0.1", 3)).toBe("198.51.100.4");
    expect(resolveClientAddress(undefined, "10.0.0.1", 1)).toBe("10.0.0.1");
  });
});

describe("clientIp", () => {
  test("reads only the launcher's header, never X-Forwarded-For", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "192.0.2.7", "x-forwarded-for": "6.6.6.6" })).toBe("192.0.2.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
  });
});
