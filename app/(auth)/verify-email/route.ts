import { NextResponse } from "next/server";
import { appUrl, signInWithConfirmation } from "@/lib/auth";
import { saveFirstAidCase } from "@/lib/first-aid/save";

// The link in the confirmation mail: confirms the address and signs the person in, once, then
// lands on the case their first-aid answers open (carried in the link) or on the dashboard.
// Every redirect is on NEXTAUTH_URL's origin, not the request's.
export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const now = new Date();
  const signedIn = await signInWithConfirmation(query.get("token"), now);
  if (!signedIn) return NextResponse.redirect(appUrl("/sign-in?error=Verification"), 303);
  let target = "/sign-in/two-factor";
  if (!signedIn.twoFactorPending) {
    const caseId = await saveFirstAidCase(signedIn.userId, query.get("answers"), now);
    target = caseId ? `/cases/${caseId}` : "/dashboard";
  }
  const response = NextResponse.redirect(appUrl(target), 303);
  response.cookies.set(signedIn.cookie.name, signedIn.cookie.value, signedIn.cookie.options);
  return response;
}
