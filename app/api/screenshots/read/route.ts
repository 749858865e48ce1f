import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { readScreenshotResponse } from "@/lib/screenshots/http";
import { crossSiteRefusal } from "@/lib/security/same-origin";

/** A screenshot in, the payment it shows proposed (nothing stored). See lib/screenshots/http. */
export async function POST(request: Request): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), requestLocale(request));
  return readScreenshotResponse(request, user.timeZone);
}
