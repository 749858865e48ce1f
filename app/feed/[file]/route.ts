import { calendarFeedResponse } from "@/lib/calendar-feed";
import { env } from "@/lib/env";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";

// GET /feed/<token>.ics — the per-user secret calendar feed. No session: calendar apps cannot
// sign in; the 256-bit token is the credential. Unknown, revoked or malformed → 404, alike.
// A feed that cannot be built is answered in the owner's language inside calendarFeedResponse
// (503 busy, 422 over the cap); anything else goes through the one error answer, never raw.
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
    return await calendarFeedResponse(request, token, env().NEXTAUTH_URL ?? new URL(request.url).origin, new Date());
  } catch (error) {
    return errorResponse(error, requestLocale(request));
  }
}
