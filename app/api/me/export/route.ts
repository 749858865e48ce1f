import { getSessionUser } from "@/lib/auth";
import { QuotaError, UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { exportMyData } from "@/lib/export";
import { zipResponse } from "@/lib/export/http";
import { withinQuota } from "@/lib/quotas";

/** Everything about the signed-in user as one streamed zip (data.json + evidence files). */
export async function GET(request: Request): Promise<Response> {
  const locale = requestLocale(request);
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), locale);
  if (!(await withinQuota(user.id, "exports", new Date()))) return errorResponse(new QuotaError("exports"), locale);
  try {
    const data = await exportMyData(user.id, new Date());
    return zipResponse(data, data.fileName);
  } catch (error) {
    return errorResponse(error, locale);
  }
}
