import "server-only";
import { Readable } from "node:stream";
import type { OpenedEvidence } from "./open-evidence-for-user";

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name, so 转账截图.png survives. */
function contentDisposition(kind: "attachment" | "inline", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The stored name, with the sniffed extension added when the name does not already end in it. */
export function downloadName(file: Pick<OpenedEvidence, "name" | "ext">): string {
  const lower = file.name.toLowerCase();
  const same = lower.endsWith(`.${file.ext}`) || (file.ext === "jpg" && lower.endsWith(".jpeg"));
  return same ? file.name : `${file.name}.${file.ext}`;
}

/**
 * The bytes with the sniffed type. nosniff keeps the browser from second-guessing
 * it, and the sandbox CSP makes even a misjudged file an inert, origin-less document.
 */
export function fileResponse(file: OpenedEvidence, disposition: "attachment" | "inline"): Response {
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      "Content-Type": file.mime,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(disposition, downloadName(file)),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}

/** Types a browser renders as an <img> everywhere; HEIC is not one of them. */
export const PREVIEWABLE = new Set(["image/jpeg", "image/png", "image/webp"]);
