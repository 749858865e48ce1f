import "server-only";
export { authOptions } from "./options";
export { currentSession, getSessionUser, requireUser, type SessionUser } from "./session";
export { signUpWithPassword, confirmEmail, type SignUpOutcome } from "./create-user";
export { appUrl, signInWithConfirmation, type ConfirmationSignIn } from "./confirmation-sign-in";
export { authorizeCredentials, RATE_LIMITED, EMAIL_UNVERIFIED } from "./authorize-credentials";
export {
  SIGN_UP_PER_ACCOUNT,
  SIGN_UP_PER_IP,
  MAGIC_LINK_PER_IP,
  consumeRateLimit,
  pruneRateLimits,
} from "./rate-limit";
export { clientIp } from "./client-ip";
export { passwordProblem } from "./password-strength";
export { revokeAllSessions, revokeSession, startSession, loadSession } from "./sessions";
export { changePassword, deleteAccount } from "./manage-account";
export { AuthRefusal, fieldRefusal } from "./auth-refusal";
export {
  beginTwoFactorEnrolment,
  confirmTwoFactorEnrolment,
  completeTwoFactorSignIn,
  disableTwoFactor,
  twoFactorStatus,
  verifySecondFactor,
} from "./two-factor";
export { guardAuthRequest } from "./guard-auth-request";
import { env } from "@/lib/env";
import { withDeviceCookie as addDeviceCookie } from "./device-cookie";

/** See ./device-cookie.ts: a response that signs someone in also marks the browser as theirs. */
export const withDeviceCookie = (response: Response): Promise<Response> =>
  addDeviceCookie(response, env().NEXTAUTH_SECRET);
