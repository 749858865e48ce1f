import "server-only";
import { z } from "zod";
import { PaymentSchema } from "@/lib/cases/schema";
import { instantToWallTimeExact, wallTimeToInstant } from "@/lib/cases/zoned-time";
import { readCappedBody } from "@/lib/bills/preview-request";
import { AppError, InvalidInputError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import type { BlobStore } from "@/lib/storage";
import { LOW_CONFIDENCE, readPaymentScreenshot, SCREENSHOT_MAX_BYTES } from "./index";
import { keepScreenshotPayment } from "./keep-screenshot-payment";

const noStore = { "Cache-Control": "private, no-store" };

const tooLarge = () =>
  new AppError("file_too_large", 413, "screenshots.errors.file_too_large", {
    values: { maxMegabytes: SCREENSHOT_MAX_BYTES / 2 ** 20 },
  });

/** The proposal in the payment form's own terms: yuan text, wall time in the reader's zone. */
function yuanText(fen: bigint): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
}

/**
 * POST body = a screenshot. 200 with the proposed payment (nothing stored), 422 when it is not a
 * payment or not an image that can be read, 413 when too large, 503 with Retry-After when every
 * reader is taken or the read timed out (the browser retries). Failures answer as every route
 * does (lib/errors/error-response, ADR 0032).
 */
export async function readScreenshotResponse(request: Request, timeZone: string): Promise<Response> {
  const locale = requestLocale(request);
  try {
    const bytes = await readCappedBody(request, SCREENSHOT_MAX_BYTES);
    if (!bytes) throw tooLarge();
    const result = await readPaymentScreenshot(bytes);
    if (!result.ok) throw new AppError(result.code, 422, `screenshots.errors.${result.code}`);
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
    return errorResponse(error, locale);
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

function fileNameOf(request: Request): string {
  try {
    return decodeURIComponent(request.headers.get("x-file-name") ?? "").slice(0, 255);
  } catch {
    return "";
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
  try {
    const version = Version.safeParse(request.headers.get("x-case-version"));
    const payment = PaymentSchema.safeParse(headerJson(request.headers.get("x-payment")));
    if (!version.success || !payment.success) throw new InvalidInputError("X-Case-Version or X-Payment");
    const occurredAt = wallTimeToInstant(payment.data.occurredAt, owner.timeZone);
    if (!occurredAt) throw new InvalidInputError("X-Payment: a time that does not exist in the zone");
    const bytes = await readCappedBody(request, SCREENSHOT_MAX_BYTES);
    if (!bytes) throw tooLarge();
    const result = await keepScreenshotPayment({
      ownerId: owner.id,
      caseId,
      baseVersion: version.data,
      bytes,
      fileName: fileNameOf(request),
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
    return Response.json(result, { status: 201, headers: noStore });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
