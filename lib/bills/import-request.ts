import "server-only";
import { z } from "zod";
import { CaseStateError, TooManyPaymentsError, VersionConflictError } from "@/lib/cases";
import { NotFoundError } from "@/lib/errors";
import type { BlobStore } from "@/lib/storage";
import { billErrorMessageKey } from "./errors";
import { importBill } from "./import-bill";
import { MAX_BILL_BYTES } from "./parse-bill";
import { requestLocale, type Locale, type MessageKey } from "@/lib/i18n/translator";
import { billFileName, parseBillOffThread, readCappedBody, translate } from "./preview-request";

// The picked lines travel in a header so that the body can be the file itself, streamed and
// capped like the preview's; the version guards against a case edited meanwhile.
const Lines = z
  .string()
  .max(2000)
  .regex(/^\d{1,7}(,\d{1,7})*$/)
  .transform((text) => text.split(",").map(Number));
const Version = z.coerce.number().int().positive();

const noStore = { "Cache-Control": "no-store" };

function refuse(status: number, code: string, messageKey: MessageKey, locale: Locale) {
  return Response.json(
    { ok: false, code, message: translate(locale, messageKey, { maxMegabytes: MAX_BILL_BYTES / 2 ** 20 }) },
    { status, headers: noStore },
  );
}

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
  if (!lines.success || !version.success) return refuse(422, "invalid_input", "errors.invalidInput", locale);
  const bytes = await readCappedBody(request, MAX_BILL_BYTES);
  if (!bytes) return refuse(413, "file_too_large", billErrorMessageKey("file_too_large"), locale);
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
    if (!result.ok) {
      const params = "params" in result ? result.params : undefined;
      return Response.json(
        { ok: false, code: result.code, message: translate(locale, result.messageKey, params) },
        { status: 422, headers: noStore },
      );
    }
    return Response.json(result, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, "not_found", "common.notFoundBody", locale);
    if (error instanceof VersionConflictError) return refuse(409, "version_conflict", error.userMessageKey, locale);
    if (error instanceof TooManyPaymentsError) return refuse(422, "too_many_payments", "bills.import.too_many", locale);
    if (error instanceof CaseStateError) return refuse(422, error.code, error.userMessageKey, locale);
    throw error;
  }
}
