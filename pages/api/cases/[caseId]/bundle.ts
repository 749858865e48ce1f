import type { NextApiRequest, NextApiResponse } from "next";
import { sessionUserFromCookieHeader } from "@/lib/auth";
import { exportCaseBundle } from "@/lib/export";
import { cookieLocale, sendZipDownload } from "@/lib/export/node-download";
import { isLocale } from "@/lib/i18n/config";

// A pages/api route (not app/): the zip's exact Content-Length must reach the client
// (see lib/export/node-download.ts). Owner only; `?lang=zh-CN|en` picks the summary's language.
export const config = { api: { responseLimit: false, bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  const user = await sessionUserFromCookieHeader(req.headers.cookie);
  const caseId = typeof req.query.caseId === "string" ? req.query.caseId : "";
  const lang = req.query.lang;
  const locale = isLocale(lang) ? lang : cookieLocale(req);
  await sendZipDownload(req, res, user?.id ?? null, (ownerId) =>
    exportCaseBundle({ ownerId, caseId, locale, now: new Date() }),
  );
}
