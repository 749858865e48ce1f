import { getSessionUser } from "@/lib/auth";
import { QuotaError, UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { exportCaseBundle } from "@/lib/export";
import { documentLocale, zipResponse } from "@/lib/export/http";
import { withinQuota } from "@/lib/quotas";

type Context = { params: Promise<{ caseId: string }> };

/** The case bundle as a stored zip with an exact Content-Length: the owner only (anyone else: 404). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const uiLocale = requestLocale(request);
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), uiLocale);
  if (!(await withinQuota(user.id, "exports", new Date()))) return errorResponse(new QuotaError("exports"), uiLocale);
  try {
    const { caseId } = await params;
    const bundle = await exportCaseBundle({
      ownerId: user.id,
      caseId,
      locale: documentLocale(request, uiLocale),
      now: new Date(),
    });
    return zipResponse(bundle, bundle.fileName);
  } catch (error) {
    return errorResponse(error, uiLocale);
  }
}
