import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: Context): Promise<Response> {
  return (await NextAuth(req as never, context as never, authOptions())) as Response;
}

export { handler as GET, handler as POST };
