import { readdir, readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { magicLinkMail } from "@/lib/auth/magic-link-mail";
import { resetEnvForTests } from "@/lib/env";
import { sendMail } from "@/lib/mail";

const LINK = "http://localhost:3000/api/auth/callback/email?token=abc123&email=wang%40example.com";

afterEach(() => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

async function startSmtpServer() {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("sending mail", () => {
  test("goes through a real SMTP server when SMTP_URL is set, Chinese subject intact", async () => {
    const smtp = await startSmtpServer();
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${smtp.port}`;
      resetEnvForTests();
      const sent = await sendMail(magicLinkMail("wang@example.com", LINK, "localhost:3000"));
      expect(sent.via).toBe("smtp");
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail?.subject).toBe("登录 Recourse 追款助手 / Sign in to Recourse (localhost:3000)");
      expect(mail?.to && "text" in mail.to ? mail.to.text : "").toBe("wang@example.com");
      expect(mail?.text).toContain(LINK);
      expect(mail?.html).toContain(LINK.replaceAll("&", "&#38;"));
    } finally {
      await smtp.close();
    }
  });

  test("without SMTP_URL writes an .eml to DATA_DIR/outbox and logs its file, never the address", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const sent = await sendMail(magicLinkMail("zhao@example.com", LINK, "localhost:3000"));
    expect(sent.via).toBe("outbox");
    const outbox = path.join(process.env.DATA_DIR ?? "", "outbox");
    const files = await readdir(outbox);
    expect(files.filter((f) => f.endsWith(".eml"))).toHaveLength(1);
    const parsed = await simpleParser(await readFile(path.join(outbox, files[0] ?? "")));
    expect(parsed.subject).toContain("登录 Recourse");
    expect(parsed.text).toContain(LINK);
    const logged = info.mock.calls.flat().join("\n");
    expect(logged).toContain(files[0]);
    expect(logged).toContain("sign-in link for z***@example.com: in the file above");
    expect(logged).not.toContain("zhao@example.com");
  });

  test("an SMTP server that refuses the message is an error, not a silent success", async () => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
      resetEnvForTests();
      await expect(sendMail(magicLinkMail("x@example.com", LINK, "h"))).rejects.toThrow();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
