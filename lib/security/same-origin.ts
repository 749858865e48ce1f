import { setting } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { isCrossSiteWrite } from "./request-guard.mjs";

/**
 * Whether a write comes from a page of another origin (Origin / Sec-Fetch-Site). The session
 * cookie is SameSite=Lax, which still goes along with a POST from another port or subdomain
 * of the same site: the cookie alone must never be enough to change anything.
 */
export function isForeignWrite(request: Request): boolean {
  return isCrossSiteWrite({
    method: request.method,
    origin: request.headers.get("origin"),
    secFetchSite: request.headers.get("sec-fetch-site"),
    host: request.headers.get("host") ?? new URL(request.url).host,
    siteOrigin: setting("NEXTAUTH_URL") ?? null,
  });
}

/**
 * Every state-changing route handler starts with this: a 403 with a translated message for a
 * foreign write, or null to go on.
 */
export function crossSiteRefusal(request: Request): Response | null {
  if (!isForeignWrite(request)) return null;
  return errorResponse(new AppError("cross_site", 403, "errors.crossSite"), requestLocale(request));
}
