import "server-only";
import { Readable } from "node:stream";
import { isLocale } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/translator";
import { EXACT_LENGTH_HEADER } from "./exact-length-header.mjs";
import type { StreamedZip } from "./stream-zip";

// Shared by the bundle, my-data and letter routes: the same download headers (failures: lib/errors/error-response).

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
