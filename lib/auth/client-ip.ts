type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * The client's address for per-IP throttling. Each proxy appends the address it
 * saw to X-Forwarded-For, so with `trustedProxyHops` proxies in front of the app
 * the client is the hops-th entry from the right; entries further left were
 * written by the client and can be forged. With no proxy (0), Next.js fills the
 * header from the socket unless the client sent one, so the rightmost entry is
 * the best there is.
 */
export function clientIp(headers: HeaderSource, trustedProxyHops: number): string {
  const chain = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = chain.length - Math.max(1, trustedProxyHops);
  return chain[Math.max(0, index)] ?? "unknown";
}
