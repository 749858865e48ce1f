import "server-only";
import { classifyEvidence, SNIFF_BYTES } from "@/lib/evidence/classify-evidence";
import { extractPayment, type PaymentProposal } from "./extract-payment";
import { ocrRunner } from "./ocr-runner";

export { OcrBusyError } from "./ocr-runner";
export { LOW_CONFIDENCE, type PaymentProposal, type ProposedField, type ScreenshotPlatform } from "./extract-payment";

/** Larger than any phone screenshot; a bigger upload is refused before it reaches the OCR process. */
export const SCREENSHOT_MAX_BYTES = 15 * 1024 * 1024;

const READABLE = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);

/**
 * The payment a screenshot shows, proposed for a person to check (issue 26). The OCR runs in its
 * own process (ocr-runner.ts); this process only sniffs the bytes and reads the text lines it gets
 * back. Throws OcrBusyError when every reader is taken or the read timed out (answer 503, retry).
 */
export async function readPaymentScreenshot(bytes: Uint8Array): Promise<PaymentProposal> {
  const kind = classifyEvidence(bytes.subarray(0, SNIFF_BYTES));
  if (!kind.ok || !READABLE.has(kind.mime) || bytes.byteLength > SCREENSHOT_MAX_BYTES) {
    return { ok: false, code: "unreadable", message: "This file is not an image that can be read." };
  }
  const answer = await ocrRunner().read(bytes);
  if (!answer.ok) return { ok: false, code: "unreadable", message: "This image could not be decoded." };
  return extractPayment(answer.lines);
}
