import { getSessionUser } from "@/lib/auth";
import { readScreenshotResponse } from "@/lib/screenshots/http";
import { crossSiteRefusal } from "@/lib/security/same-origin";

/** A screenshot in, the payment it shows proposed (nothing stored). See lib/screenshots/http. */
export async function POST(request: Request): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401 });
  return readScreenshotResponse(request, user.timeZone);
}
