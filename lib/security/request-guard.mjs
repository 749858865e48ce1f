// Checks the launcher's HTTP server (scripts/server.mjs) makes before Next sees a request,
// for what Next itself answers with a 500: a path whose percent-escapes do not decode, a
// server-action body over Next's limit, a server action posted from another site. The same
// cross-site rule is also applied inside the app (lib/security/same-origin.ts), so a route
// handler refuses a foreign write even when it is run without this server.
import { staticSecurityHeaders } from "./static-headers.cjs";

/** Methods that change nothing: never refused for their origin. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Next's default `serverActions.bodySizeLimit` (1 MB): a larger action body makes Next throw. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Whether a state-changing request comes from another site. A browser names where a request
 * comes from in Origin and Sec-Fetch-Site; a request with neither is not from a browser page
 * (curl, a mail client's one-click unsubscribe), and carries no one's cookie by accident.
 * "same-site" is refused too: another port or subdomain of this host is another origin.
 * @param {{ method: string, origin: string | null | undefined, secFetchSite: string | null | undefined,
 *   host: string | null | undefined, siteOrigin?: string | null }} request
 * @returns {boolean}
 */
export function isCrossSiteWrite({ method, origin, secFetchSite, host, siteOrigin }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (secFetchSite && secFetchSite !== "same-origin" && secFetchSite !== "none") return true;
  if (!origin) return false;
  if (origin === "null") return true;
  let parsed;
  try {
    parsed = new URL(origin);
  } catch {
    return true;
  }
  if (siteOrigin) {
    try {
      if (new URL(siteOrigin).origin === parsed.origin) return false;
    } catch {
      // a bad NEXTAUTH_URL is refused by lib/env.ts; here it simply matches nothing
    }
  }
  return !host || parsed.host !== host.toLowerCase();
}

/**
 * Whether the request target cannot be decoded (an invalid percent-escape such as /%ED, or a
 * path that is not a path): Next answers those with a 500 and no security headers.
 * @param {string | undefined} target req.url as received ("/cases/%ED?x=1")
 * @returns {boolean}
 */
export function isMalformedTarget(target) {
  if (!target || (!target.startsWith("/") && target !== "*")) return true;
  // A NUL byte, in the path or the query, can never be a case id, a token or an address, and
  // PostgreSQL refuses it in text ("invalid byte sequence"): a 500 if it got that far.
  if (/%00/i.test(target)) return true;
  const path = target.split("?")[0] ?? "";
  try {
    decodeURIComponent(path);
  } catch {
    return true;
  }
  return false;
}

/**
 * A server action is a POST to a page (not /api) carrying Next's action header, or a
 * multipart form posted to a page (Next treats that as a form action without JavaScript).
 * @param {string} method
 * @param {string | undefined} target
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isServerAction(method, target, headers) {
  if (method !== "POST" || (target ?? "").startsWith("/api/")) return false;
  const type = String(headers["content-type"] ?? "").toLowerCase();
  return headers["next-action"] !== undefined || type.startsWith("multipart/form-data");
}

/**
 * For answers given before Next runs: the app's fixed headers, and a policy that allows
 * nothing (a plain-text refusal loads nothing and is framed by no one).
 * @param {boolean} https
 * @returns {Array<{ key: string, value: string }>}
 */
export function guardSecurityHeaders(https) {
  return [
    ...staticSecurityHeaders({ https }),
    { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  ];
}

/** Plain-text answers in both languages: these come before any page or locale is known. */
const REFUSALS = {
  400: "请求地址无法解析，请检查链接。\nThe address in this request cannot be read; check the link.\n",
  403: "此操作必须在 Recourse 自己的页面上提交。\nThis action must be submitted from Recourse's own pages.\n",
  411: "请求缺少长度（Content-Length）。\nThis request must state its length (Content-Length).\n",
  413: "提交的内容过大。请缩小后重试；证据文件请在案件的证据页上传。\nThis submission is too large. Make it smaller; upload evidence files on the case's evidence page.\n",
};

/**
 * Decides whether the server answers the request itself. Returns the status and body, or null
 * to hand the request to Next.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {{ siteOrigin?: string | null, actionBodyLimit?: number }} [options]
 * @returns {{ status: 400 | 403 | 411 | 413, body: string } | null}
 */
export function guardRequest(req, { siteOrigin = null, actionBodyLimit = ACTION_BODY_LIMIT } = {}) {
  const method = (req.method ?? "GET").toUpperCase();
  const first = (/** @type {string | string[] | undefined} */ value) => (Array.isArray(value) ? value[0] : value);
  if (isMalformedTarget(req.url)) return { status: 400, body: REFUSALS[400] };
  if (isServerAction(method, req.url, req.headers)) {
    const cross = isCrossSiteWrite({
      method,
      origin: first(req.headers.origin),
      secFetchSite: first(req.headers["sec-fetch-site"]),
      host: first(req.headers.host),
      siteOrigin,
    });
    if (cross) return { status: 403, body: REFUSALS[403] };
    // Browsers always send an action's length; without one Next would read on past its limit
    // and throw, so a length is required here (411) and checked before anything is read.
    const length = first(req.headers["content-length"]);
    if (length === undefined || !/^\d+$/.test(length)) return { status: 411, body: REFUSALS[411] };
    if (Number(length) > actionBodyLimit) return { status: 413, body: REFUSALS[413] };
    // Next hands a multipart body without a boundary to its parser, which throws.
    const type = String(first(req.headers["content-type"]) ?? "");
    if (/^multipart\//i.test(type) && !/;\s*boundary=/i.test(type)) return { status: 400, body: REFUSALS[400] };
  }
  return null;
}
