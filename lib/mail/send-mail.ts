import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { maskEmails } from "./mask";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Printed to the server log (addresses masked) when there is no SMTP server. */
  logHint?: string;
  /** Extra headers (List-Unsubscribe…). */
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
};

export type SentMail = { via: "smtp"; messageId: string } | { via: "outbox"; file: string };

let smtpTransport: nodemailer.Transporter | undefined;
let smtpTransportUrl: string | undefined;

function smtp(url: string): nodemailer.Transporter {
  if (!smtpTransport || smtpTransportUrl !== url) {
    smtpTransport = nodemailer.createTransport(url);
    smtpTransportUrl = url;
  }
  return smtpTransport;
}

/**
 * With SMTP_URL, mail goes through nodemailer's SMTP transport. Without it (local
 * use), each message is written as an .eml file under DATA_DIR/outbox — never
 * shown on a page, so one user's mail never reaches another.
 */
export async function sendMail(mail: OutgoingMail): Promise<SentMail> {
  const { SMTP_URL, MAIL_FROM, DATA_DIR } = env();
  const message = {
    from: MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    headers: mail.headers,
    attachments: mail.attachments,
  };
  if (SMTP_URL) {
    const info = await smtp(SMTP_URL).sendMail(message);
    if (info.rejected.length > 0) {
      // A refused recipient is final; the code lets the reminder worker tell it from a dropped connection.
      throw Object.assign(new Error(`SMTP server refused ${info.rejected.join(", ")}`), { code: "EREJECTED" });
    }
    return { via: "smtp", messageId: info.messageId };
  }
  const rendered = await nodemailer.createTransport({ streamTransport: true, buffer: true }).sendMail(message);
  const outbox = path.resolve(DATA_DIR, "outbox");
  await mkdir(outbox, { recursive: true });
  const file = path.join(outbox, `${new Date().toISOString().replaceAll(":", "-")}-${randomUUID().slice(0, 8)}.eml`);
  await writeFile(file, rendered.message as Buffer, { mode: 0o600 });
  // The log outlives the account: no address in it, and so no link (links carry the address).
  // The link is in the file.
  console.info(
    maskEmails(
      `[mail] no SMTP_URL: wrote "${mail.subject}" to ${file}${mail.logHint ? `\n[mail] ${mail.logHint}` : ""}`,
    ),
  );
  return { via: "outbox", file };
}
