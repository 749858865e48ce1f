export const ACTION_BODY_LIMIT: number;
export function isCrossSiteWrite(request: {
  method: string;
  origin: string | null | undefined;
  secFetchSite: string | null | undefined;
  host: string | null | undefined;
  siteOrigin?: string | null;
}): boolean;
export function isMalformedTarget(target: string | undefined): boolean;
export function isServerAction(
  method: string,
  target: string | undefined,
  headers: Record<string, string | string[] | undefined>,
): boolean;
export function guardSecurityHeaders(https: boolean): Array<{ key: string; value: string }>;
export function guardRequest(
  req: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  options?: { siteOrigin?: string | null; actionBodyLimit?: number },
): { status: 400 | 403 | 411 | 413; body: string } | null;
