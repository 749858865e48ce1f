import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { previewBillResponse } from "@/lib/bills/server";
import { crossSiteRefusal } from "@/lib/security/same-origin";

/** POST the bill's bytes (X-Bill-Name: the file name, URI-encoded) → its rows; nothing is stored. */
export async function POST(request: Request): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), requestLocale(request));
  return previewBillResponse(request);
}
