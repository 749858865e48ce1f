import { describe, expect, test } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import {
  MAGIC_LINK_PER_ACCOUNT,
  MAGIC_LINK_PER_ACCOUNT_AND_IP,
  MAGIC_LINK_PER_IP,
  type RateLimitRule,
  SIGN_IN_PER_ACCOUNT,
  SIGN_IN_PER_ACCOUNT_AND_IP,
  SIGN_IN_PER_DEVICE,
  SIGN_IN_PER_IP,
  SIGN_UP_PER_ACCOUNT,
  SIGN_UP_PER_IP,
  TWO_FACTOR_PER_USER,
} from "./rate-limit";

// Each refusal message states the numbers of the limits behind it (an audit found "Three sign-in
// links" where the limit that applied was 5). The numbers are written out in the messages, so
// this ties them to the constants: change a limit and this fails until both languages say so.
type AuthKey = keyof typeof en.auth & keyof typeof zh.auth;
const MESSAGES: Array<[AuthKey, RateLimitRule[]]> = [
  ["rateLimited", [SIGN_IN_PER_ACCOUNT_AND_IP, SIGN_IN_PER_DEVICE, SIGN_IN_PER_IP, SIGN_IN_PER_ACCOUNT]],
  ["linkLimitAddress", [MAGIC_LINK_PER_IP]],
  ["linkLimitAccount", [MAGIC_LINK_PER_ACCOUNT_AND_IP]],
  ["linkLimitDevice", [SIGN_IN_PER_DEVICE]],
  ["linkLimitElsewhere", [MAGIC_LINK_PER_ACCOUNT]],
  ["signUpLimitAddress", [SIGN_UP_PER_IP]],
  ["signUpLimitAccount", [SIGN_UP_PER_ACCOUNT]],
  ["twoFactorRateLimited", [TWO_FACTOR_PER_USER]],
];

/** How each language writes a window: "15 minutes" / "15 分钟", "(the last) hour" / "一小时". */
function windowIn(language: "en" | "zh", windowMs: number): RegExp {
  const minutes = windowMs / 60_000;
  if (minutes === 60) return language === "en" ? /\b(an|one|the last) hour\b/ : /一小时/;
  return language === "en" ? new RegExp(`\\b${minutes} minutes\\b`) : new RegExp(`${minutes} 分钟`);
}

describe("rate-limit messages state the real limits", () => {
  for (const [key, rules] of MESSAGES) {
    test(`auth.${key}`, () => {
      for (const rule of rules) {
        expect(en.auth[key]).toMatch(new RegExp(`(^|\\D)${rule.limit}(\\D|$)`));
        expect(zh.auth[key]).toMatch(new RegExp(`(^|\\D)${rule.limit}(\\D|$)`));
        expect(en.auth[key]).toMatch(windowIn("en", rule.windowMs));
        expect(zh.auth[key]).toMatch(windowIn("zh", rule.windowMs));
      }
      // No vague counts left standing in for the number.
      expect(en.auth[key]).not.toMatch(/\b(Many|several|Three|Too many codes)\b/);
    });
  }
});
