import type { NextApiRequest, NextApiResponse } from "next";
import { sessionUserFromCookieHeader } from "@/lib/auth";
import { exportMyData } from "@/lib/export";
import { sendZipDownload } from "@/lib/export/node-download";

// Everything about the signed-in user as one streamed zip with its exact length
// (a pages/api route for the Content-Length: see lib/export/node-download.ts).
export const config = { api: { responseLimit: false, bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  const user = await sessionUserFromCookieHeader(req.headers.cookie);
  await sendZipDownload(req, res, user?.id ?? null, (userId) => exportMyData(userId, new Date()));
}
