import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

// No SMTP_URL in e2e: mail lands as .eml files in DATA_DIR/outbox, as for a local user.

/** The decoded text of every mail to `email` so far, oldest first. */
export async function mailsTo(email: string): Promise<string[]> {
  const outbox = path.join(process.env.E2E_DATA_DIR ?? "", "outbox");
  const files = (await readdir(outbox).catch(() => [] as string[])).sort();
  const texts: string[] = [];
  for (const file of files) {
    const raw = await readFile(path.join(outbox, file), "utf8");
    // Quoted-printable may wrap the URL: undo soft line breaks and =3D before searching.
    const text = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    if (text.includes(email) || text.includes(encodeURIComponent(email))) texts.push(text);
  }
  return texts;
}

/** Waits for a mail to `email` containing a link matching `pattern`; returns the link. */
export async function findLink(email: string, pattern: RegExp): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const text of (await mailsTo(email)).reverse()) {
      const link = pattern.exec(text)?.[0];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no mail with ${pattern} for ${email}`);
}
