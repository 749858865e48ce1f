import "server-only";
import { z } from "zod";
import { InvalidInputError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import type { BlobStore } from "@/lib/storage";
import { billFailureError } from "./errors";
import { importBill } from "./import-bill";
import { MAX_BILL_BYTES } from "./parse-bill";
import { billFileName, billTooLarge, parseBillOffThread, readCappedBody } from "./preview-request";

// The picked lines travel in a header so that the body can be the file itself, streamed and
// capped like the preview's; the version guards against a case edited meanwhile.
const Lines = z
  .string()
  .max(2000)
  .regex(/^\d{1,7}(,\d{1,7})*$/)
  .transform((text) => text.split(",").map(Number));
const Version = z.coerce.number().int().positive();

const noStore = { "Cache-Control": "no-store" };

/**
 * POST the bill's bytes with X-Bill-Lines (the picked source lines, "18,20") and X-Case-Version
 * (of the open case, or of the wizard's draft). 201 with what was added — the same answer again,
 * with nothing added, for a repeat or a racing twin of an import; 404 for a case that is not the
 * user's (nothing parsed or stored); 409 when the case changed meanwhile; 413 / 422 for the file
 * or the pick. `store` is for tests.
 */
export async function importBillResponse(
  request: Request,
  ownerId: string,
  caseId: string,
  store?: BlobStore,
): Promise<Response> {
  const locale = requestLocale(request);
  const lines = Lines.safeParse(request.headers.get("x-bill-lines") ?? "");
  const version = Version.safeParse(request.headers.get("x-case-version"));
  if (!lines.success || !version.success) {
    return errorResponse(new InvalidInputError("X-Bill-Lines or X-Case-Version"), locale);
  }
  const bytes = await readCappedBody(request, MAX_BILL_BYTES);
  if (!bytes) return errorResponse(billTooLarge(), locale);
  try {
    const result = await importBill({
      ownerId,
      caseId,
      baseVersion: version.data,
      bytes,
      fileName: billFileName(request) ?? "",
      lines: lines.data,
      now: new Date(),
      parse: parseBillOffThread,
      ...(store ? { store } : {}),
    });
    if (!result.ok) return errorResponse(billFailureError(result), locale);
    return Response.json(result, { status: 201, headers: noStore });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
