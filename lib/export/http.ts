import "server-only";
import { NotFoundError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "./translate";

// For App Router download routes (letters): the same 401/404 bodies, the same download headers.
// Zips go through node-download.ts instead (their Content-Length must survive).

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

/** 404 for a case that is missing or someone else's; anything else is a bug and rethrown. */
export function exportErrorResponse(error: unknown, locale: Locale): Response {
  const t = translator(locale);
  if (error instanceof NotFoundError) {
    return Response.json(
      { error: { code: "not_found", message: t("common.notFoundBody") } },
      { status: 404, headers: NO_STORE },
    );
  }
  throw error;
}
