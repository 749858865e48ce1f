import NextAuth from "next-auth";
import { authOptions, guardAuthRequest, withDeviceCookie } from "@/lib/auth";
import { crossSiteRefusal } from "@/lib/security/same-origin";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: Context): Promise<Response> {
  const foreign = crossSiteRefusal(req);
  if (foreign) return foreign;
  const guarded = await guardAuthRequest(req, (await context.params).nextauth ?? []);
  if (!guarded.ok) return guarded.response;
  const response = (await NextAuth(guarded.request as never, context as never, authOptions())) as Response;
  return withDeviceCookie(response);
}

// Every method reaches the guard, so the unexpected ones get a 405 rather than Next's default.
export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
