import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

// No SMTP_URL in e2e: the link lands as an .eml in DATA_DIR/outbox, as for a local user.
async function findSignInLink(email: string): Promise<string> {
  const outbox = path.join(process.env.E2E_DATA_DIR ?? "", "outbox");
  for (let attempt = 0; attempt < 50; attempt++) {
    const files = await readdir(outbox).catch(() => [] as string[]);
    for (const file of files) {
      const raw = await readFile(path.join(outbox, file), "utf8");
      // Quoted-printable may wrap the URL: undo soft line breaks and =3D before searching.
      const text = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
      if (!text.includes(encodeURIComponent(email))) continue;
      const link = /https?:\/\/\S+\/api\/auth\/callback\/email\?[^\s"<]+/.exec(text)?.[0];
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no sign-in mail for ${email} in ${outbox}`);
}

test("magic link: request, read the mail, follow it, signed in; the link works once", async ({ page, browser }) => {
  const email = uniqueEmail("magic");
  await page.goto("/sign-in");
  await page.getByLabel("邮箱").last().fill(email);
  await page.getByRole("button", { name: "发送登录链接" }).click();
  await expect(page.getByRole("heading", { name: "请查收邮件" })).toBeVisible();

  const link = await findSignInLink(email);
  await page.goto(link);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(`已登录：${email}`)).toBeVisible();

  const again = await browser.newContext();
  const replay = await again.newPage();
  await replay.goto(link);
  await expect(replay.getByText("登录链接无效或已过期，请重新获取。")).toBeVisible();
  await again.close();
});
