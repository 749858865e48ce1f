import { getSessionUser } from "@/lib/auth";
import { NotFoundError, UnauthenticatedError } from "@/lib/errors";
import { errorResponse } from "@/lib/errors/error-response";
import { requestLocale } from "@/lib/i18n/translator";
import { documentLocale, fileDownload } from "@/lib/export/http";
import { isRecipient } from "@/lib/letters";
import { getLetterDraft, letterFileName, letterPdf, letterText } from "@/lib/letters/server";

type Context = { params: Promise<{ caseId: string; recipient: string }> };

/**
 * A letter as a file: `?format=pdf|txt&lang=zh-CN|en[&version=N]` — the saved version
 * asked for, else the newest saved one, else the fresh draft. The owner only.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const uiLocale = requestLocale(request);
  const user = await getSessionUser();
  if (!user) return errorResponse(new UnauthenticatedError(), uiLocale);
  try {
    const { caseId, recipient } = await params;
    const query = new URL(request.url).searchParams;
    const format = query.get("format") ?? "pdf";
    const versionText = query.get("version");
    const version = versionText === null ? undefined : Number(versionText);
    if (!isRecipient(recipient) || (format !== "pdf" && format !== "txt")) throw new NotFoundError("letter");
    if (version !== undefined && (!Number.isSafeInteger(version) || version < 1)) throw new NotFoundError("letter");
    const locale = documentLocale(request, uiLocale);
    const letter = await getLetterDraft(user.id, caseId, recipient, locale, new Date(), version);
    return format === "pdf"
      ? fileDownload(await letterPdf(letter), "application/pdf", letterFileName(letter, "pdf"))
      : fileDownload(letterText(letter), "text/plain; charset=utf-8", letterFileName(letter, "txt"));
  } catch (error) {
    return errorResponse(error, uiLocale);
  }
}
