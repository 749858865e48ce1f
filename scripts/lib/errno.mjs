// Node reports a failed system call as an Error with a string `code` ("ENOENT", "EEXIST" …);
// a caught value is `unknown` to the type checker, so its code is read through this check.

/**
 * @param {unknown} error
 * @returns {string | undefined} the error's system code, if it has one
 */
export function errnoCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
