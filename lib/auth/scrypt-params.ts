/**
 * OWASP Password Storage Cheat Sheet: scrypt with N=2^17, r=8, p=1 (about 0.3 s and 128 MiB a
 * hash here). Its own module so that the integration tests, which sign up and in hundreds of
 * times, can swap in a cheap cost (tests/setup/integration.ts); every hash names its parameters,
 * so either kind verifies. lib/auth/password.test.ts checks these, unmocked.
 */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
