import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { openEvidenceForUser, removeEvidence, tagEvidence, UploadError } from "@/lib/evidence";
import { fileResponse } from "@/lib/evidence/http";
import { requestLocale } from "@/lib/i18n/translator";
import { TagEvidenceInput } from "@/lib/evidence/schema";
import { crossSiteRefusal } from "@/lib/security/same-origin";

type Context = { params: Promise<{ caseId: string; evidenceId: string }> };

async function signedIn() {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}

/** Download: the owner only, as an attachment with the sniffed type. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  try {
    const user = await signedIn();
    const { caseId, evidenceId } = await params;
    return fileResponse(await openEvidenceForUser(user.id, caseId, evidenceId), "attachment");
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}

/** Re-tag to a checklist item: JSON `{ "item": "<id>" | null }`. */
export async function PATCH(request: Request, { params }: Context): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  try {
    const user = await signedIn();
    const { caseId, evidenceId } = await params;
    const parsed = TagEvidenceInput.safeParse(await request.json().catch(() => undefined));
    if (!parsed.success) throw new UploadError("malformed");
    const evidence = await tagEvidence({
      ownerId: user.id,
      caseId,
      evidenceId,
      item: parsed.data.item,
      now: new Date(),
    });
    return Response.json({ evidence }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}

/** Remove: the blob goes, the case history keeps hash, name and size. */
export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  const foreign = crossSiteRefusal(request);
  if (foreign) return foreign;
  try {
    const user = await signedIn();
    const { caseId, evidenceId } = await params;
    await removeEvidence({ ownerId: user.id, caseId, evidenceId, now: new Date() });
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}
