// The client address used for per-IP throttling, decided by the launcher's HTTP
// server from the TCP socket — the one thing a client cannot choose.
//
// X-Forwarded-For is believed only from a peer whose address is in TRUSTED_PROXIES
// (a CIDR list; none by default). Walking the header from the right, each step is
// taken only while the address in hand is a trusted proxy, and at most
// TRUSTED_PROXY_HOPS steps: a client connecting straight to a replica, or a chain
// whose right end was written by someone we do not know, cannot pick its own bucket.
import net from "node:net";

/** The header the app reads; the server overwrites whatever a client sent under this name. */
export const CLIENT_ADDRESS_HEADER = "x-recourse-client-address";

/**
 * Parses "10.0.0.0/8, 192.168.1.7, fd00::/8". An address without a prefix is one host.
 * @param {string | undefined} text
 * @returns {{ ok: true, proxies: net.BlockList, count: number } | { ok: false, error: string }}
 */
export function parseTrustedProxies(text) {
  const proxies = new net.BlockList();
  const entries = (text ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefixText, extra] = entry.split("/");
    const family = net.isIP(address);
    const max = family === 6 ? 128 : 32;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!family || extra !== undefined || !/^\d{1,3}$/.test(String(prefix)) || prefix > max) {
      return { ok: false, error: `TRUSTED_PROXIES: "${entry}" is not an address or CIDR range (e.g. 10.0.0.0/8).` };
    }
    proxies.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return { ok: true, proxies, count: entries.length };
}

/**
 * @param {string | string[] | undefined} forwardedFor X-Forwarded-For as received
 * @param {string | undefined} socketAddress req.socket.remoteAddress
 * @param {{ proxies: net.BlockList | null, hops: number }} trust
 * @returns {string}
 */
export function resolveClientAddress(forwardedFor, socketAddress, trust) {
  let address = normalise(socketAddress) || "unknown";
  if (!trust.proxies || trust.hops <= 0) return address;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => normalise(entry.trim()))
    .filter((entry) => net.isIP(entry) !== 0);
  for (let step = 0; step < trust.hops && chain.length > 0 && isTrusted(trust.proxies, address); step++) {
    address = /** @type {string} */ (chain.pop());
  }
  return address;
}

/** @param {net.BlockList} proxies @param {string} address */
function isTrusted(proxies, address) {
  const family = net.isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. @param {string | undefined} address */
function normalise(address) {
  if (!address) return "";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
