import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { keepScreenshotResponse } from "@/lib/screenshots/http";
import { crossSiteRefusal } from "@/lib/security/same-origin";

type Context = { params: Promise<{ caseId: string }> };

/** The confirmed payment and its screenshot, kept together. See lib/screenshots/http. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), requestLocale(request));
  return keepScreenshotResponse(request, user, (await params).caseId);
}
