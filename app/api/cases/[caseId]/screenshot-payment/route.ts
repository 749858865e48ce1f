import { getSessionUser } from "@/lib/auth";
import { keepScreenshotResponse } from "@/lib/screenshots/http";
import { crossSiteRefusal } from "@/lib/security/same-origin";

type Context = { params: Promise<{ caseId: string }> };

/** The confirmed payment and its screenshot, kept together. See lib/screenshots/http. */
export async function POST(request: Request, { params }: Context): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401 });
  return keepScreenshotResponse(request, user, (await params).caseId);
}
