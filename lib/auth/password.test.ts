import { describe, expect, test } from "vitest";
import { hashPassword, verifyPassword } from "./password";

const PASSWORD = "correct horse battery";

// A unit test: the integration project swaps in a cheap scrypt cost (tests/setup/integration.ts);
// this one hashes with the parameters production uses.
describe("passwords", () => {
  test("are stored as salted scrypt hashes with OWASP parameters", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword("correct horse battery!", a)).toBe(false);
    expect(await verifyPassword(PASSWORD, "md5$abc")).toBe(false);
  });
});
