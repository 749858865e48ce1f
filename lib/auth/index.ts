import "server-only";
export { authOptions } from "./options";
export { getSessionUser, requireUser, type SessionUser } from "./session";
export { createUserWithPassword } from "./create-user";
export { authorizeCredentials, RATE_LIMITED } from "./authorize-credentials";
export { SIGN_UP_PER_IP, consumeRateLimit } from "./rate-limit";
export { clientIp } from "./client-ip";
