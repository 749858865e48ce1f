// The pool's PDF task (ADR 0029), bundled on its own into .worker/heavy-pdf.mjs: heavy.mjs loads
// it on a thread's first PDF, so React-PDF and the font (tens of MB) are never loaded by a thread
// that only builds feeds or reads bills.
import { Tinypool } from "tinypool";
import { renderPdfOnThisThread } from "@/lib/export/pdf-layout";
import type { PrintDoc } from "@/lib/export/print-doc";

export async function renderPdfTask(doc: PrintDoc): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await renderPdfOnThisThread(doc);
  // Its own ArrayBuffer (a Buffer may sit in Node's shared slab), moved, not copied, to the caller.
  const bytes = new Uint8Array(pdf.byteLength);
  bytes.set(pdf);
  return Tinypool.move(bytes) as unknown as Uint8Array<ArrayBuffer>;
}
