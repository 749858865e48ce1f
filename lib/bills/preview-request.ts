import "server-only";
import { InvalidInputError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { HeavyTaskTooLargeError, runHeavy } from "@/lib/pool";
import { billFailure, billFailureError } from "./errors";
import { MAX_BILL_BYTES } from "./parse-bill";
import { decodeBillPageQuery, type BillPageQuery } from "./preview-query";
import type { ParseBillResult } from "./types";

/** 413: the body passed the bill limit before it was read to the end. */
export function billTooLarge() {
  const failure = billFailure("file_too_large", "request body over the bill limit", {
    maxMegabytes: MAX_BILL_BYTES / 2 ** 20,
  });
  return billFailureError(failure, 413);
}

/**
 * Reads at most `limit` bytes of a request body; one byte more and it stops reading and answers
 * null. A declared Content-Length over the limit is refused before a byte is read.
 */
export async function readCappedBody(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

export function billFileName(request: Request): string | undefined {
  const raw = request.headers.get("x-bill-name");
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw).slice(0, 255);
  } catch {
    return undefined;
  }
}

const noStore = { "Cache-Control": "no-store" };

/**
 * Parses a bill on the worker-thread pool (ADR 0029): the event loop never waits on a file. The
 * bytes are copied to the thread (the import still stores them). A file that exhausts the
 * thread's memory is a failure like any bad bill ("too_complex"), never a 500.
 */
export async function parseBillOffThread(bytes: Uint8Array, fileName?: string): Promise<ParseBillResult> {
  try {
    return await runHeavy({ kind: "bill-parse", bytes, ...(fileName ? { fileName } : {}) });
  } catch (error) {
    if (error instanceof HeavyTaskTooLargeError) return billFailure("too_complex", error.message);
    throw error;
  }
}

// The preview is done with the bytes: moved to the thread, not copied.
async function previewOffThread(bytes: Uint8Array, fileName: string | undefined, query: BillPageQuery) {
  try {
    return await runHeavy({ kind: "bill-preview", bytes, query, ...(fileName ? { fileName } : {}) }, movable(bytes));
  } catch (error) {
    if (error instanceof HeavyTaskTooLargeError) return billFailure("too_complex", error.message);
    throw error;
  }
}

/** The buffer can be handed over only when the view is all of it (readCappedBody's are). */
function movable(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? [bytes.buffer]
    : [];
}

/**
 * POST body = the bill's bytes; X-Bill-Query = which page and filter (lib/bills/preview-query).
 * Answers one page of rows with the whole file's counts and totals (200), or a translated
 * failure (413 / 422; 503 when the pool is busy). Nothing is stored: the file lives in this request's memory only.
 */
export async function previewBillResponse(request: Request): Promise<Response> {
  const locale = requestLocale(request);
  const query = decodeBillPageQuery(request.headers.get("x-bill-query"));
  if (!query) return errorResponse(new InvalidInputError("X-Bill-Query"), locale);
  const bytes = await readCappedBody(request, MAX_BILL_BYTES);
  if (!bytes) return errorResponse(billTooLarge(), locale);
  try {
    const preview = await previewOffThread(bytes, billFileName(request), query);
    if (!preview.ok) return errorResponse(billFailureError(preview), locale);
    return Response.json(preview, { status: 200, headers: noStore });
  } catch (error) {
    // The pool's line is full or too slow: a 503 with Retry-After (lib/pool/task-gate.ts).
    return errorResponse(error, locale);
  }
}
