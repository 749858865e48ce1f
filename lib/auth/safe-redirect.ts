/**
 * Where to send someone after sign-in or sign-out: a path on this site, or a full
 * URL whose origin is exactly this site's; anything else (another host, a host
 * that merely starts with ours such as `localhost:3000.evil.example`, a malformed
 * URL) falls back to the home page. Never throws.
 */
export function safeRedirect(url: string, baseUrl: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  if (typeof url !== "string" || url.length > 2000) return base.origin;
  // "//evil" and "/\evil" are protocol-relative to browsers.
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) return `${base.origin}${url}`;
  try {
    const target = new URL(url);
    return target.origin === base.origin ? target.toString() : base.origin;
  } catch {
    return base.origin;
  }
}
