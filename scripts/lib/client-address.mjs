// The client address used for per-IP throttling, decided by the launcher's HTTP
// server from the TCP socket — the one thing a client cannot choose.
//
// With no trusted proxy (hops = 0) the peer of the socket is the client: whatever
// X-Forwarded-For says was written by the client and is ignored. With N trusted
// proxies, each appends the address it saw, so the client is the N-th entry from
// the right; entries further left are the client's own and can be forged.

/** The header the app reads; the server overwrites whatever a client sent under this name. */
export const CLIENT_ADDRESS_HEADER = "x-recourse-client-address";

/**
 * @param {string | string[] | undefined} forwardedFor X-Forwarded-For as received
 * @param {string | undefined} socketAddress req.socket.remoteAddress
 * @param {number} trustedProxyHops
 * @returns {string}
 */
export function resolveClientAddress(forwardedFor, socketAddress, trustedProxyHops) {
  const peer = normalise(socketAddress) || "unknown";
  if (trustedProxyHops <= 0) return peer;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => normalise(entry.trim()))
    .filter(Boolean);
  // Fewer entries than trusted hops: the request did not pass through every proxy we
  // were told about; the leftmost entry was still written by a trusted one.
  if (chain.length === 0) return peer;
  return chain[Math.max(0, chain.length - trustedProxyHops)];
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
function normalise(address) {
  if (!address) return "";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
