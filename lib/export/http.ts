import "server-only";
import { Readable } from "node:stream";
import { NotFoundError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { HeavyTaskTooLargeError } from "@/lib/pool";
import { EXACT_LENGTH_HEADER } from "@/scripts/lib/exact-length.mjs";
import type { StreamedZip } from "./stream-zip";
import { translator } from "./translate";

// Shared by the bundle, my-data and letter routes: the same 401/404 bodies, the same download headers.

/** `?lang=en` picks the document's language; else the reader's UI language. */
export function documentLocale(request: Request, fallback: Locale): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return isLocale(lang) ? lang : fallback;
}

export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const NO_STORE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export function zipResponse(zip: StreamedZip, fileName: string): Response {
  return new Response(Readable.toWeb(zip.stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(zip.size),
      // Next drops Content-Length from route handlers; scripts/server.mjs restores it from this.
      [EXACT_LENGTH_HEADER]: String(zip.size),
      "Content-Disposition": attachmentDisposition(fileName),
      ...NO_STORE,
    },
  });
}

export function fileDownload(bytes: Buffer | string, type: string, fileName: string): Response {
  const body = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : bytes;
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      "Content-Type": type,
      "Content-Length": String(body.length),
      "Content-Disposition": attachmentDisposition(fileName),
      ...NO_STORE,
    },
  });
}

export function unauthenticatedResponse(locale: Locale): Response {
  return Response.json(
    { error: { code: "unauthenticated", message: translator(locale)("evidence.errors.unauthenticated") } },
    { status: 401, headers: NO_STORE },
  );
}

/** 429: the user's hourly export quota (lib/quotas) is used up. */
export function tooManyExportsResponse(locale: Locale): Response {
  return Response.json(
    { error: { code: "too_many_exports", message: translator(locale)("export.tooManyExports") } },
    { status: 429, headers: { ...NO_STORE, "Retry-After": "3600" } },
  );
}

/**
 * 404 for a case that is missing or someone else's; 422 for a PDF too big for a pool thread's
 * memory or time (ADR 0029); anything else is a bug and rethrown.
 */
export function exportErrorResponse(error: unknown, locale: Locale): Response {
  const t = translator(locale);
  if (error instanceof NotFoundError) {
    return Response.json(
      { error: { code: "not_found", message: t("common.notFoundBody") } },
      { status: 404, headers: NO_STORE },
    );
  }
  if (error instanceof HeavyTaskTooLargeError) {
    return Response.json(
      { error: { code: "too_complex", message: t("export.tooComplex") } },
      { status: 422, headers: NO_STORE },
    );
  }
  throw error;
}
