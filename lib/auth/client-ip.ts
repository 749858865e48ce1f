import { CLIENT_ADDRESS_HEADER } from "./client-address.mjs";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | null {
  if (headers instanceof Headers) return headers.get(name);
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

/**
 * The client's address for per-IP throttling. The launcher's HTTP server
 * (scripts/server.mjs) derives it from the socket and TRUSTED_PROXY_HOPS and
 * overwrites this header on every request, so X-Forwarded-For written by a client
 * never reaches a rate-limit key. Outside the launcher there is no trustworthy
 * address: every request then shares one bucket ("unknown"), which errs towards
 * throttling rather than letting a forged header pick a fresh one.
 */
export function clientIp(headers: HeaderSource): string {
  return header(headers, CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
}
