import { type NextRequest, NextResponse } from "next/server";
import { appUrl, signInWithConfirmation, withDeviceCookie } from "@/lib/auth";
import { saveFirstAidCase } from "@/lib/first-aid/save";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/config";

// The link in the confirmation mail: confirms the address and signs the person in, once, then
// lands on the case their first-aid answers open (carried in the link) or on the dashboard.
// Every redirect is on NEXTAUTH_URL's origin, not the request's.
export async function GET(request: NextRequest): Promise<Response> {
  const query = request.nextUrl.searchParams;
  const now = new Date();
  const signedIn = await signInWithConfirmation(query.get("token"), now);
  if (!signedIn) return NextResponse.redirect(appUrl("/sign-in?error=Verification"), 303);
  let target = "/sign-in/two-factor";
  if (!signedIn.twoFactorPending) {
    target = (await saveFirstAidCase(signedIn.userId, query.get("answers"), now)).path;
  }
  const response = NextResponse.redirect(appUrl(target), 303);
  response.cookies.set(signedIn.cookie.name, signedIn.cookie.value, signedIn.cookie.options);
  // A mail opened on another device (or host) has no language chosen yet: the one signed up in.
  if (!request.cookies.has(LOCALE_COOKIE) && isLocale(signedIn.locale)) {
    response.cookies.set(LOCALE_COOKIE, signedIn.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  // Fully signed in (no code step pending): this browser is now a known device (ADR 0028).
  return signedIn.twoFactorPending ? response : withDeviceCookie(response);
}
