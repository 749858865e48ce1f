"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import {
  SIGN_UP_PER_ACCOUNT,
  SIGN_UP_PER_IP,
  clientIp,
  completeTwoFactorSignIn,
  consumeRateLimit,
  currentSession,
  passwordProblem,
  signUpWithPassword,
} from "@/lib/auth";
import { SignUpSchema, TwoFactorCodeSchema } from "@/lib/auth/schema";
import { type ActionResult, failure, invalid, ok } from "@/lib/forms/action-result";
import { carriedAnswers, firstAidPath, firstAidQuery, readCarriedAnswers } from "@/lib/first-aid/answers";

/**
 * Answers "check your mail" whether or not the address was new: see signUpWithPassword.
 * `answers` (first aid's, carried from the page) ride along in the mail's link; answers
 * that do not parse are dropped, the sign-up goes on.
 */
export async function signUp(input: unknown, answers?: unknown): Promise<ActionResult<null>> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  // Sized for carrier NAT (many people, one address); the tight limit is per address signed up.
  if (!(await consumeRateLimit(`sign-up:ip:${clientIp(await headers())}`, SIGN_UP_PER_IP))) {
    return failure("auth.signUpLimitAddress");
  }
  if (!(await consumeRateLimit(`sign-up:account:${parsed.data.email}`, SIGN_UP_PER_ACCOUNT))) {
    return failure("auth.signUpLimitAccount");
  }
  const problem = passwordProblem(parsed.data.password, parsed.data.email);
  if (problem) return failure("errors.invalidInput", { password: problem });
  const firstAid = readCarriedAnswers(answers, new Date());
  const carried = firstAid
    ? { answers: carriedAnswers(firstAid), path: `${firstAidPath(firstAid.kind)}?${firstAidQuery(firstAid)}` }
    : undefined;
  await signUpWithPassword(parsed.data, await getLocale(), new Date(), carried);
  return ok(null);
}

export async function submitTwoFactorCode(input: unknown): Promise<ActionResult<null>> {
  const parsed = TwoFactorCodeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const session = await currentSession();
  if (!session) return failure("auth.signInFailed");
  if (!session.twoFactorPending) return ok(null);
  const result = await completeTwoFactorSignIn(session.sessionId, session.userId, parsed.data.code);
  return result.ok ? ok(null) : failure(result.code, { code: result.code });
}
