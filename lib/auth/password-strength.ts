import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import type { MessageKey } from "@/lib/i18n/translator";

// zxcvbn-ts with its common-passwords list (drawn from breach corpora) and keyboard
// patterns. Server-only: the dictionaries are large and the client form gets the
// verdict from the server action.
let factory: ZxcvbnFactory | undefined;
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

/** Why a password is refused, as an i18n key, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): MessageKey | null {
  const lowered = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split("@")[0] ?? "";
  if (address && (lowered === address || lowered.includes(address) || (local.length >= 3 && lowered.includes(local)))) {
    return "auth.passwordContainsEmail";
  }
  const result = zxcvbn().check(password, [address, local]);
  const common = result.sequence.some(
    (match) =>
      match.pattern === "dictionary" &&
      match.dictionaryName === "passwords-common" &&
      match.token.length >= password.length - 2,
  );
  if (common) return "auth.passwordCommon";
  if (result.score < 3) return "auth.passwordWeak";
  return null;
}
