import { describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, parseTrustedProxies, resolveClientAddress } from "./client-address.mjs";
import { clientIp } from "./client-ip";

const trusting = (cidrs: string, hops = 1) => {
  const parsed = parseTrustedProxies(cidrs);
  if (!parsed.ok) throw new Error(parsed.error);
  return { proxies: parsed.count > 0 ? parsed.proxies : null, hops };
};

describe("resolveClientAddress", () => {
  test("no trusted proxy (the default): the socket's address, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("6.6.6.6", "198.51.100.4", trusting("", 1))).toBe("198.51.100.4");
    expect(resolveClientAddress(["1.1.1.1, 2.2.2.2"], "::ffff:127.0.0.1", trusting(""))).toBe("127.0.0.1");
    expect(resolveClientAddress(undefined, undefined, trusting(""))).toBe("unknown");
  });

  test("hops alone trust nobody: a client connecting straight to a replica cannot pick its bucket", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 36; i++) seen.add(resolveClientAddress(`203.0.113.${i}`, "198.51.100.4", trusting("", 1)));
    expect([...seen]).toEqual(["198.51.100.4"]);
  });

  test("a peer outside TRUSTED_PROXIES: X-Forwarded-For is ignored", () => {
    expect(resolveClientAddress("6.6.6.6", "198.51.100.4", trusting("10.0.0.0/8"))).toBe("198.51.100.4");
  });

  test("one trusted proxy: the address it appended, not what the client wrote", () => {
    expect(resolveClientAddress("6.6.6.6, 203.0.113.9", "10.0.0.1", trusting("10.0.0.0/8"))).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", "::ffff:10.1.2.3", trusting("10.0.0.0/8"))).toBe("203.0.113.9");
    expect(resolveClientAddress("2001:db8::9", "fd00::1", trusting("fd00::/8"))).toBe("2001:db8::9");
  });

  test("hops count only within the list: an untrusted entry stops the walk", () => {
    const trust = trusting("10.0.0.0/8", 3);
    // 10.0.0.2 is a trusted proxy, 203.0.113.9 is not: it is the client, whatever is left of it.
    expect(resolveClientAddress("6.6.6.6, 203.0.113.9, 10.0.0.2", "10.0.0.1", trust)).toBe("203.0.113.9");
    // Two trusted proxies but one hop allowed: the second proxy's address.
    expect(resolveClientAddress("203.0.113.9, 10.0.0.2", "10.0.0.1", trusting("10.0.0.0/8", 1))).toBe("10.0.0.2");
    expect(resolveClientAddress("203.0.113.9, 10.0.0.2", "10.0.0.1", trusting("10.0.0.0/8", 2))).toBe("203.0.113.9");
  });

  test("no header behind a proxy: the peer; garbage entries are skipped", () => {
    expect(resolveClientAddress(undefined, "10.0.0.1", trusting("10.0.0.0/8"))).toBe("10.0.0.1");
    expect(resolveClientAddress("203.0.113.9, not-an-ip", "10.0.0.1", trusting("10.0.0.0/8"))).toBe("203.0.113.9");
  });
});

describe("parseTrustedProxies", () => {
  test("CIDR ranges and single addresses, both families; anything else is refused by name", () => {
    expect(parseTrustedProxies("10.0.0.0/8, 192.168.1.7, fd00::/8")).toMatchObject({ ok: true, count: 3 });
    expect(parseTrustedProxies(undefined)).toMatchObject({ ok: true, count: 0 });
    for (const bad of ["10.0.0.0/33", "example.com", "10.0.0.0/8/1", "10.0.0/8", "::1/129"]) {
      const parsed = parseTrustedProxies(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.error).toContain(bad);
    }
  });
});

describe("clientIp", () => {
  test("reads only the launcher's header, never X-Forwarded-For", () => {
    expect(clientIp({ [CLIENT_ADDRESS_HEADER]: "192.0.2.7", "x-forwarded-for": "6.6.6.6" })).toBe("192.0.2.7");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBe("unknown");
  });
});
