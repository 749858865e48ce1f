import { describe, expect, test } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "a-secret-that-is-at-least-thirty-two-characters";

describe("unsubscribe token", () => {
  test("round-trips the user id", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken("user_1", SECRET), SECRET)).toBe("user_1");
  });
  test("rejects another secret, another user, a truncated signature and garbage", () => {
    const token = createUnsubscribeToken("user_1", SECRET);
    const [, sig] = token.split(".");
    const forged = `${Buffer.from("user_2").toString("base64url")}.${sig}`;
    expect([
      verifyUnsubscribeToken(token, `${SECRET}x`),
      verifyUnsubscribeToken(forged, SECRET),
      verifyUnsubscribeToken(token.slice(0, -3), SECRET),
      verifyUnsubscribeToken("nonsense", SECRET),
      verifyUnsubscribeToken("", SECRET),
    ]).toEqual([null, null, null, null, null]);
  });
});
