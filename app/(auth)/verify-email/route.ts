import { confirmEmail } from "@/lib/auth";

// The link in the confirmation mail: confirms the address, then on to sign-in with a note.
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const confirmed = await confirmEmail(url.searchParams.get("token"));
  const target = new URL(confirmed ? "/sign-in?verified=1" : "/sign-in?error=Verification", request.url);
  return Response.redirect(target, 303);
}
