import "server-only";
import { runHeavy } from "@/lib/pool";
import type { PrintDoc } from "./print-doc";

/**
 * A printable document as PDF bytes, laid out on the worker-thread pool (ADR 0029): React-PDF's
 * layout of a 20,000-character letter holds a thread for hundreds of ms. A document too big for a
 * thread's memory or time is HeavyTaskTooLargeError (422), a pool too busy to take it PoolBusyError
 * (503, retry); the routes answer both through errorResponse.
 */
export async function renderPdf(doc: PrintDoc): Promise<Buffer> {
  const bytes = await runHeavy({ kind: "pdf", doc });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
