import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { NotFoundError } from "@/lib/errors";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/config";
import { attachmentDisposition } from "./http";
import type { StreamedZip } from "./stream-zip";
import { translator } from "./translate";

// Zip downloads are written straight to Node's response: Next 16's App Router route
// handlers drop a Response's Content-Length (send-response.js FORBIDDEN_HEADERS) and send
// it chunked, which would throw away the exact length the stored zip was built to give.
// The pages/api routes that use this are thin: session, then one call here.

export function cookieLocale(req: IncomingMessage): Locale {
  const value = (req.headers.cookie ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return isLocale(value) ? value : defaultLocale;
}

function sendJson(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, {
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "private, no-store",
  });
  res.end(body);
}

/** GET only; 401 signed out; 404 for someone else's (or no) case; else the zip with its exact length. */
export async function sendZipDownload(
  req: IncomingMessage,
  res: ServerResponse,
  userId: string | null,
  build: (userId: string) => Promise<StreamedZip & { fileName: string }>,
): Promise<void> {
  const t = translator(cookieLocale(req));
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD");
    return sendJson(res, 405, "method_not_allowed", t("errors.invalidInput"));
  }
  if (!userId) return sendJson(res, 401, "unauthenticated", t("evidence.errors.unauthenticated"));
  let zip: StreamedZip & { fileName: string };
  try {
    zip = await build(userId);
  } catch (error) {
    if (error instanceof NotFoundError) return sendJson(res, 404, "not_found", t("common.notFoundBody"));
    throw error;
  }
  res.writeHead(200, {
    "Content-Type": "application/zip",
    "Content-Length": String(zip.size),
    "Content-Disposition": attachmentDisposition(zip.fileName),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (req.method === "HEAD") {
    zip.stream.destroy();
    return void res.end();
  }
  // A client that goes away ends the pipeline; streamZip then closes the open blob.
  await pipeline(zip.stream, res).catch(() => undefined);
}
