import "server-only";
import { z } from "zod";
import { CaseStateError, TooManyPaymentsError, VersionConflictError } from "@/lib/cases";
import { PaymentSchema } from "@/lib/cases/schema";
import { instantToWallTimeExact, wallTimeToInstant } from "@/lib/cases/zoned-time";
import { requestLocale } from "@/lib/evidence/http";
import { NotFoundError } from "@/lib/errors";
import { readCappedBody, translate } from "@/lib/bills/preview-request";
import type { BlobStore } from "@/lib/storage";
import { LOW_CONFIDENCE, OcrBusyError, readPaymentScreenshot, SCREENSHOT_MAX_BYTES } from "./index";
import { keepScreenshotPayment } from "./keep-screenshot-payment";

const noStore = { "Cache-Control": "no-store" };
/** How long the browser waits before asking again when every reader is taken. */
export const RETRY_AFTER_SECONDS = 5;

type Locale = ReturnType<typeof requestLocale>;

function refuse(status: number, code: string, key: string, locale: Locale, headers: Record<string, string> = {}) {
  return Response.json(
    { ok: false, code, message: translate(locale, key, { maxMegabytes: SCREENSHOT_MAX_BYTES / 2 ** 20 }) },
    { status, headers: { ...noStore, ...headers } },
  );
}

/** The proposal in the payment form's own terms: yuan text, wall time in the reader's zone. */
function yuanText(fen: bigint): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
}

/**
 * POST body = a screenshot. 200 with the proposed payment (nothing stored), 422 when it is not a
 * payment or not an image that can be read, 413 when too large, 503 with Retry-After when every
 * reader is taken or the read timed out (the browser retries).
 */
export async function readScreenshotResponse(request: Request, timeZone: string): Promise<Response> {
  const locale = requestLocale(request);
  const bytes = await readCappedBody(request, SCREENSHOT_MAX_BYTES);
  if (!bytes) return refuse(413, "file_too_large", "screenshots.errors.file_too_large", locale);
  try {
    const result = await readPaymentScreenshot(bytes);
    if (!result.ok) return refuse(422, result.code, `screenshots.errors.${result.code}`, locale);
    const low = Object.entries(result.fieldConfidence)
      .filter(([, confidence]) => confidence < LOW_CONFIDENCE)
      .map(([field]) => field);
    return Response.json(
      {
        ok: true,
        platform: result.platform,
        payment: {
          amount: result.amountFen === undefined ? "" : yuanText(result.amountFen),
          occurredAt: result.occurredAt ? instantToWallTimeExact(result.occurredAt, timeZone) : "",
          transactionId: result.transactionId ?? "",
          counterpartyName: result.counterparty ?? "",
          counterpartyAccount: "",
        },
        low,
        confidence: result.confidence,
      },
      { headers: noStore },
    );
  } catch (error) {
    if (error instanceof OcrBusyError) {
      return refuse(503, "busy", "screenshots.errors.busy", locale, { "Retry-After": String(RETRY_AFTER_SECONDS) });
    }
    throw error;
  }
}

const Version = z.coerce.number().int().positive();

function headerJson(raw: string | null): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(decodeURIComponent(raw));
  } catch {
    return null;
  }
}

/**
 * POST body = the screenshot again; X-Payment = the fields as the person confirmed them (the
 * payment form's schema, URI-encoded JSON); X-Case-Version; X-File-Name. 201 with the evidence id
 * and the new version (and a draft's payment rows); 404 for a case that is not the user's; 409
 * when it changed meanwhile; 422 for fields the form would refuse. `store` is for tests.
 */
export async function keepScreenshotResponse(
  request: Request,
  owner: { id: string; timeZone: string },
  caseId: string,
  store?: BlobStore,
): Promise<Response> {
  const locale = requestLocale(request);
  const version = Version.safeParse(request.headers.get("x-case-version"));
  const payment = PaymentSchema.safeParse(headerJson(request.headers.get("x-payment")));
  if (!version.success || !payment.success) return refuse(422, "invalid_input", "errors.invalidInput", locale);
  const occurredAt = wallTimeToInstant(payment.data.occurredAt, owner.timeZone);
  if (!occurredAt) return refuse(422, "invalid_input", "errors.invalidDate", locale);
  const bytes = await readCappedBody(request, SCREENSHOT_MAX_BYTES);
  if (!bytes) return refuse(413, "file_too_large", "screenshots.errors.file_too_large", locale);
  let fileName = "";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "").slice(0, 255);
  } catch {
    fileName = "";
  }
  try {
    const result = await keepScreenshotPayment({
      ownerId: owner.id,
      caseId,
      baseVersion: version.data,
      bytes,
      fileName,
      payment: {
        occurredAt,
        amountFen: payment.data.amount,
        transactionId: payment.data.transactionId ?? null,
        counterpartyName: payment.data.counterpartyName ?? null,
        counterpartyAccount: payment.data.counterpartyAccount ?? null,
      },
      now: new Date(),
      ...(store ? { store } : {}),
    });
    if (!result.ok) return refuse(422, result.code, `screenshots.errors.${result.code}`, locale);
    return Response.json(result, { status: 201, headers: noStore });
  } catch (error) {
    if (error instanceof NotFoundError) return refuse(404, "not_found", "common.notFoundBody", locale);
    if (error instanceof VersionConflictError) return refuse(409, "version_conflict", error.userMessageKey, locale);
    if (error instanceof TooManyPaymentsError) return refuse(422, "too_many_payments", "bills.import.too_many", locale);
    if (error instanceof CaseStateError) return refuse(422, error.code, error.userMessageKey, locale);
    throw error;
  }
}
