// The tasks of the web server's worker-thread pool (ADR 0029), bundled by
// scripts/lib/build-worker.mjs into .worker/heavy.mjs and run by Tinypool. Each task is
// CPU-bound and pure: data in, data out; the database and the network stay on the main thread.
import { Tinypool } from "tinypool";
import { parseBill } from "@/lib/bills/parse-bill";
import { billPreviewPage } from "@/lib/bills/preview-page";
import { parseFeedCases } from "@/lib/calendar-feed/feed-case-rows";
import { FeedTooLargeError, feedIcsFromCases } from "@/lib/calendar-feed/feed-from-cases";
import type { renderPdfTask } from "./pdf-worker";
import type { HeavyTask } from "./tasks";

// Beside this file in .worker/; a runtime specifier, so esbuild leaves it out of heavy.mjs.
const PDF_MODULE = new URL("./heavy-pdf.mjs", import.meta.url).href;

export default async function run(task: HeavyTask): Promise<unknown> {
  switch (task.kind) {
    case "feed-ics":
      try {
        const cases = parseFeedCases(task.cases);
        const ics = feedIcsFromCases(cases, task.locale, task.now, task.base, task.maxEvents);
        // Moved, not copied, back to the main thread: its own ArrayBuffer (not Buffer's shared slab).
        return Tinypool.move(new TextEncoder().encode(ics));
      } catch (error) {
        // A structured clone keeps an Error's message, not its class: the refusal travels as data.
        if (error instanceof FeedTooLargeError) return { tooManyEvents: error.events };
        throw error;
      }
    case "bill-preview":
      return billPreviewPage(await parseBill(task.bytes, task.fileName), task.query);
    case "bill-parse":
      return parseBill(task.bytes, task.fileName);
    case "pdf": {
      const pdf = (await import(PDF_MODULE)) as { renderPdfTask: typeof renderPdfTask };
      return pdf.renderPdfTask(task.doc);
    }
  }
}
