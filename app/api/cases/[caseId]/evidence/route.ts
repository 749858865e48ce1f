import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { uploadEvidence } from "@/lib/evidence";
import { requestLocale } from "@/lib/i18n/translator";
import { crossSiteRefusal } from "@/lib/security/same-origin";

type Context = { params: Promise<{ caseId: string }> };

/** multipart/form-data: one or more `file` parts, optional `item`. See issue 12 / docs/decisions/0008. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const locale = requestLocale(request);
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const { caseId } = await params;
    const length = request.headers.get("content-length");
    const evidence = await uploadEvidence({
      ownerId: user.id,
      caseId,
      body: request.body ? Readable.fromWeb(request.body as NodeReadableStream) : Readable.from([]),
      contentType: request.headers.get("content-type") ?? "",
      contentLength: length !== null && /^\d+$/.test(length) ? Number(length) : null,
      now: new Date(),
    });
    return Response.json({ evidence }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
