import "server-only";
import { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { AppError, type ErrorStatus, NotFoundError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale, type MessageKey } from "@/lib/i18n/translator";
import { clientIp } from "./client-ip";
import { appUrl } from "./confirmation-sign-in";
import { db } from "@/lib/db";
import { trustedDevice } from "./device-cookie";
import {
  MAGIC_LINK_PER_ACCOUNT,
  MAGIC_LINK_PER_ACCOUNT_AND_IP,
  MAGIC_LINK_PER_IP,
  SIGN_IN_PER_DEVICE,
  consumeRateLimit,
} from "./rate-limit";
import { safeRedirect } from "./safe-redirect";
import { MagicLinkSchema } from "./schema";

/** Auth forms post an email, a password, a csrf token and a URL: a few hundred bytes. */
export const AUTH_BODY_LIMIT = 8 * 1024;

// next-auth v4 answers every /api/auth/* path and method, and some unexpected pairs
// (GET callback/credentials, a JSON body that does not parse) end in a 500. Only the
// pairs the app uses get through; the rest are 404 or 405 here.
const ROUTES: Record<string, string[]> = {
  providers: ["GET"],
  csrf: ["GET"],
  session: ["GET", "POST"],
  signin: ["GET"],
  "signin/email": ["POST"],
  signout: ["GET", "POST"],
  "callback/email": ["GET"],
  "callback/credentials": ["POST"],
  error: ["GET"],
  "verify-request": ["GET"],
  _log: ["POST"],
};

type Guarded = { ok: true; request: NextRequest } | { ok: false; response: Response };

function refuse(request: Request, error: AppError): Guarded {
  return { ok: false, response: errorResponse(error, requestLocale(request)) };
}

const refusal = (code: string, status: ErrorStatus, messageKey: MessageKey, headers?: Record<string, string>) =>
  new AppError(code, status, messageKey, headers ? { headers } : {});

/**
 * next-auth's client reads `{ url }` and takes `?error=` from it: how a refusal reaches the form.
 * On NEXTAUTH_URL's origin, like every redirect: the request's URL carries its Host header.
 */
function refuseToForm(status: number, error: string): Guarded {
  const url = appUrl(`/sign-in?error=${error}`).toString();
  return { ok: false, response: Response.json({ url }, { status }) };
}

/** Reads at most `limit` bytes; null when the body is larger (the rest is never read). */
async function readCapped(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function parseBody(text: string, contentType: string): Record<string, unknown> | null {
  if (contentType.includes("application/json")) {
    try {
      const value: unknown = JSON.parse(text || "{}");
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * The emailed-link limits, each with its own code so the form can say which one and what to
 * do. The owner's browser (its device cookie) counts only against itself; anyone else counts
 * per address, per account *and* address (so links asked for elsewhere never use up the
 * owner's), and per account overall (a flood of mail from many addresses).
 */
async function magicLinkRefusal(headers: Headers, email: string): Promise<string | null> {
  const device = trustedDevice(headers, env().NEXTAUTH_SECRET);
  if (device) {
    const user = await db().user.findUnique({ where: { email }, select: { id: true } });
    if (user?.id === device.userId) {
      const ok = await consumeRateLimit(`magic-link:device:${device.nonce}`, SIGN_IN_PER_DEVICE);
      // Its own code: the browser's limit (SIGN_IN_PER_DEVICE) is not the account's, and the
      // message names the number that applied.
      return ok ? null : "link_limit_device";
    }
  }
  const ip = clientIp(headers);
  if (!(await consumeRateLimit(`magic-link:ip:${ip}`, MAGIC_LINK_PER_IP))) return "link_limit_address";
  if (!(await consumeRateLimit(`magic-link:account-ip:${email}:${ip}`, MAGIC_LINK_PER_ACCOUNT_AND_IP))) {
    return "link_limit_account";
  }
  if (!(await consumeRateLimit(`magic-link:account:${email}`, MAGIC_LINK_PER_ACCOUNT))) return "link_limit_elsewhere";
  return null;
}

/**
 * Checks a request to /api/auth/* before next-auth sees it: known path and method,
 * a small body that parses, and for magic-link requests a valid address and the
 * per-address limit. Returns the request to hand on (its body re-attached).
 */
export async function guardAuthRequest(request: Request, segments: string[]): Promise<Guarded> {
  const route = segments.slice(0, 2).join("/");
  const methods = Object.hasOwn(ROUTES, route) ? ROUTES[route] : undefined;
  if (!methods) return refuse(request, new NotFoundError(`auth route ${route}`));
  if (!methods.includes(request.method)) {
    return refuse(
      request,
      refusal("method_not_allowed", 405, "errors.methodNotAllowed", { Allow: methods.join(", ") }),
    );
  }
  // next-auth refuses a callbackUrl not on this site with a "Configuration" error page;
  // send such a URL (and any malformed one) home instead.
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  // The site's own origin comes from configuration, not from the request's Host header.
  const origin = env().NEXTAUTH_URL ?? url.origin;
  if (callbackUrl !== null) url.searchParams.set("callbackUrl", safeRedirect(callbackUrl, origin));
  if (request.method !== "POST") return { ok: true, request: new NextRequest(url, { headers: request.headers }) };

  const text = await readCapped(request, AUTH_BODY_LIMIT);
  if (text === null) return refuse(request, refusal("payload_too_large", 413, "errors.payloadTooLarge"));
  const contentType = request.headers.get("content-type") ?? "";
  const body = parseBody(text, contentType);
  if (!body) return refuse(request, refusal("bad_request", 400, "errors.badRequest"));

  if (route === "signin/email") {
    const parsed = MagicLinkSchema.safeParse({ email: body.email });
    if (!parsed.success) return refuseToForm(400, "invalid_email");
    const refusal = await magicLinkRefusal(request.headers, parsed.data.email);
    if (refusal) return refuseToForm(429, refusal);
  }
  let forwarded = text;
  if (typeof body.callbackUrl === "string") {
    body.callbackUrl = safeRedirect(body.callbackUrl, origin);
    forwarded = contentType.includes("application/json")
      ? JSON.stringify(body)
      : new URLSearchParams(body as Record<string, string>).toString();
  }
  return {
    ok: true,
    request: new NextRequest(url, { method: request.method, headers: request.headers, body: forwarded }),
  };
}
