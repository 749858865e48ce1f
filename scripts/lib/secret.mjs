// Embedded mode signs sessions with a secret generated on first start and kept
// in the data directory, so sessions survive restarts without any setup.
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { errnoCode } from "./errno.mjs";

/** @param {string} file @returns {Promise<string>} */
export async function loadOrCreateSecret(file) {
  try {
    const existing = (await readFile(file, "utf8")).trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if (errnoCode(error) !== "ENOENT") throw error;
  }
  const secret = randomBytes(48).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
