"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { SIGN_UP_PER_IP, clientIp, consumeRateLimit, createUserWithPassword } from "@/lib/auth";
import { SignUpSchema } from "@/lib/auth/schema";
import { env } from "@/lib/env";
import { type ActionResult, failure, invalid, ok } from "@/lib/forms/action-result";

export async function signUp(input: unknown): Promise<ActionResult<null>> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await consumeRateLimit(`sign-up:ip:${clientIp(await headers(), env().TRUSTED_PROXY_HOPS)}`, SIGN_UP_PER_IP))) {
    return failure("auth.rateLimited");
  }
  const created = await createUserWithPassword(parsed.data, await getLocale());
  if (!created.ok) return failure("auth.emailTaken", { email: "auth.emailTaken" });
  return ok(null);
}
