"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import {
  AuthRefusal,
  SIGN_UP_PER_ACCOUNT,
  SIGN_UP_PER_IP,
  clientIp,
  completeTwoFactorSignIn,
  consumeRateLimit,
  currentSession,
  fieldRefusal,
  passwordProblem,
  signUpWithPassword,
} from "@/lib/auth";
import { SignUpSchema, TwoFactorCodeSchema } from "@/lib/auth/schema";
import { runAction } from "@/lib/errors/action-failure";
import { type ActionResult, invalid } from "@/lib/forms/action-result";
import { carriedAnswers, firstAidPath, firstAidQuery, readCarriedAnswers } from "@/lib/first-aid/answers";

/**
 * Answers "check your mail" whether or not the address was new: see signUpWithPassword.
 * `answers` (first aid's, carried from the page) ride along in the mail's link; answers
 * that do not parse are dropped, the sign-up goes on.
 */
export async function signUp(input: unknown, answers?: unknown): Promise<ActionResult<null>> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(async () => {
    // Sized for carrier NAT (many people, one address); the tight limit is per address signed up.
    if (!(await consumeRateLimit(`sign-up:ip:${clientIp(await headers())}`, SIGN_UP_PER_IP))) {
      throw new AuthRefusal("auth.signUpLimitAddress", undefined, 429);
    }
    if (!(await consumeRateLimit(`sign-up:account:${parsed.data.email}`, SIGN_UP_PER_ACCOUNT))) {
      throw new AuthRefusal("auth.signUpLimitAccount", undefined, 429);
    }
    const problem = passwordProblem(parsed.data.password, parsed.data.email);
    if (problem) throw new AuthRefusal("errors.invalidInput", { password: problem });
    const firstAid = readCarriedAnswers(answers, new Date());
    const carried = firstAid
      ? { answers: carriedAnswers(firstAid), path: `${firstAidPath(firstAid.kind)}?${firstAidQuery(firstAid)}` }
      : undefined;
    await signUpWithPassword(parsed.data, await getLocale(), new Date(), carried);
    return null;
  });
}

export async function submitTwoFactorCode(input: unknown): Promise<ActionResult<null>> {
  const parsed = TwoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return runAction(async () => {
    const session = await currentSession();
    if (!session) throw new AuthRefusal("auth.signInFailed", undefined, 401);
    if (!session.twoFactorPending) return null;
    const result = await completeTwoFactorSignIn(session.sessionId, session.userId, parsed.data.code);
    if (!result.ok) throw fieldRefusal(result.code, "code");
    return null;
  });
}
