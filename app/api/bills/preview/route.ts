import { getSessionUser } from "@/lib/auth";
import { previewBillResponse } from "@/lib/bills/server";
import { crossSiteRefusal } from "@/lib/security/same-origin";

/** POST the bill's bytes (X-Bill-Name: the file name, URI-encoded) → its rows; nothing is stored. */
export async function POST(request: Request): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  const user = await getSessionUser();
  if (!user) return Response.json({ ok: false, code: "unauthenticated" }, { status: 401 });
  return previewBillResponse(request);
}
