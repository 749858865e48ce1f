import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, test, vi } from "vitest";
import { signUpWithPassword } from "@/lib/auth";
import { deleteAccount } from "@/lib/auth/manage-account";
import { SignUpSchema } from "@/lib/auth/schema";
import { openCase } from "@/lib/cases";
import { db } from "@/lib/db";
import { maskEmails } from "@/lib/mail";
import { fraudForm, parseForm } from "./factories/case";
import { evidenceFixture, uploadFiles } from "./factories/evidence";

// Deleting an account leaves nothing that names the person: no mail in the local outbox,
// no empty evidence folder, no address in the server log (issue 27).
const list = (dir: string) => readdir(dir).catch(() => [] as string[]);

describe("account deletion leaves nothing", () => {
  test("the user's outbox mail and evidence folders go; the log never had the address", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const password = "plum kettle orbit saffron";
    await signUpWithPassword(SignUpSchema.parse({ email: "Leaving.User@example.com", password }), "zh-CN");
    await signUpWithPassword(SignUpSchema.parse({ email: "staying@example.com", password }), "zh-CN");
    const outbox = path.join(process.env.DATA_DIR!, "outbox");
    expect(await list(outbox)).toHaveLength(2);

    const leaving = await db().user.findUniqueOrThrow({ where: { email: "leaving.user@example.com" } });
    const opened = await openCase(leaving.id, null, parseForm(fraudForm()), new Date());
    await uploadFiles(leaving.id, opened.id, [{ filename: "a.png", bytes: await evidenceFixture("transfer.png") }]);
    const caseDir = path.join(process.env.DATA_DIR!, "evidence", "cases", opened.id);
    expect(await list(caseDir)).toHaveLength(1);

    expect(await deleteAccount(leaving.id, password)).toEqual({ ok: true });
    // Only the other person's mail is left in the outbox, and no folder of the deleted case.
    const left = await list(outbox);
    expect(left).toHaveLength(1);
    expect(await list(path.join(process.env.DATA_DIR!, "evidence", "cases"))).not.toContain(opened.id);
    expect(await db().rateLimit.count({ where: { key: { contains: "leaving.user@example.com" } } })).toBe(0);

    const logged = info.mock.calls.flat().join("\n");
    expect(logged).toContain("[mail]");
    expect(logged).toContain("l***@example.com");
    expect(logged.toLowerCase()).not.toContain("leaving.user@example.com");
    expect(logged.toLowerCase()).not.toContain("leaving.user%40example.com");
    info.mockRestore();
  });

  test("maskEmails: plain and percent-encoded addresses", () => {
    expect(maskEmails("for wang.li@example.com: http://x/?email=wang.li%40example.com&t=1")).toBe(
      "for w***@example.com: http://x/?email=w***%40example.com&t=1",
    );
    expect(maskEmails("no address here @ all")).toBe("no address here @ all");
  });
});
