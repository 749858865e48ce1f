import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { importBillResponse } from "@/lib/bills/server";
import { crossSiteRefusal } from "@/lib/security/same-origin";

type Context = { params: Promise<{ caseId: string }> };

/** Pick and fill: the bill's bytes in, the picked rows become the case's payments. See lib/bills/import-request. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), requestLocale(request));
  return importBillResponse(request, user.id, (await params).caseId);
}
