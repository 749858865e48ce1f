import { getSessionUser } from "@/lib/auth";
import { UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { openEvidenceForUser, UploadError } from "@/lib/evidence";
import { fileResponse, PREVIEWABLE } from "@/lib/evidence/http";
import { requestLocale } from "@/lib/i18n/translator";

type Context = { params: Promise<{ caseId: string; evidenceId: string }> };

/** Inline image preview for the case page, sandboxed; other types (HEIC included) are not previewed. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  try {
    const user = await getSessionUser();
    if (!user) throw new UnauthenticatedError();
    const { caseId, evidenceId } = await params;
    const file = await openEvidenceForUser(user.id, caseId, evidenceId);
    if (!PREVIEWABLE.has(file.mime)) {
      file.stream.destroy();
      throw new UploadError("refused_unsupported", { name: file.name });
    }
    return fileResponse(file, "inline");
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}
