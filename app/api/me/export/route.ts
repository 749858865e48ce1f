import { getSessionUser } from "@/lib/auth";
import { requestLocale } from "@/lib/i18n/translator";
import { exportMyData } from "@/lib/export";
import { exportErrorResponse, tooManyExportsResponse, unauthenticatedResponse, zipResponse } from "@/lib/export/http";
import { withinQuota } from "@/lib/quotas";

/** Everything about the signed-in user as one streamed zip (data.json + evidence files). */
export async function GET(request: Request): Promise<Response> {
  const locale = requestLocale(request);
  const user = await getSessionUser();
  if (!user) return unauthenticatedResponse(locale);
  if (!(await withinQuota(user.id, "exports", new Date()))) return tooManyExportsResponse(locale);
  try {
    const data = await exportMyData(user.id, new Date());
    return zipResponse(data, data.fileName);
  } catch (error) {
    return exportErrorResponse(error, locale);
  }
}
