import "server-only";
import { open, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

/** The recipients named in an .eml file's header block (unfolded), lower-cased. */
async function recipients(file: string): Promise<string> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(16 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head =
      buffer
        .subarray(0, bytesRead)
        .toString("utf8")
        .split(/\r?\n\r?\n/)[0] ?? "";
    return head
      .replace(/\r?\n[ \t]+/g, " ")
      .split(/\r?\n/)
      .filter((line) => /^(to|cc|bcc):/i.test(line))
      .join("\n")
      .toLowerCase();
  } finally {
    await handle.close();
  }
}

/**
 * Deletes the mail written to DATA_DIR/outbox for `email` (no SMTP server configured): a
 * deleted account's confirmation and sign-in mail must not outlive it. Returns how many.
 */
export async function removeOutboxMailFor(email: string): Promise<number> {
  const outbox = path.resolve(env().DATA_DIR, "outbox");
  const files = await readdir(outbox).catch(() => [] as string[]);
  const address = email.trim().toLowerCase();
  const pattern = new RegExp(`(^|[\\s<,:])${address.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[\\s>,])`, "m");
  let removed = 0;
  for (const name of files.filter((f) => f.endsWith(".eml"))) {
    const file = path.join(outbox, name);
    const to = await recipients(file).catch(() => "");
    if (pattern.test(to)) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
