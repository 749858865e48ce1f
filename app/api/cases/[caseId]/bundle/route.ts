import { getSessionUser } from "@/lib/auth";
import { requestLocale } from "@/lib/i18n/translator";
import { exportCaseBundle } from "@/lib/export";
import {
  documentLocale,
  exportErrorResponse,
  tooManyExportsResponse,
  unauthenticatedResponse,
  zipResponse,
} from "@/lib/export/http";
import { withinQuota } from "@/lib/quotas";

type Context = { params: Promise<{ caseId: string }> };

/** The case bundle as a stored zip with an exact Content-Length: the owner only (anyone else: 404). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const uiLocale = requestLocale(request);
  const user = await getSessionUser();
  if (!user) return unauthenticatedResponse(uiLocale);
  if (!(await withinQuota(user.id, "exports", new Date()))) return tooManyExportsResponse(uiLocale);
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
    return exportErrorResponse(error, uiLocale);
  }
}
