"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { primaryButtonClass } from "@/components/ui/field";
import { FormError } from "@/components/ui/text-field";
import type { ActionResult } from "@/lib/forms/action-result";
import { LETTER_MAX_CHARS, PLACEHOLDER_PATTERN, SaveLetterSchema, type SaveLetterInput } from "@/lib/letters/schema";
import { knownKey } from "@/lib/i18n/message-key";
import type { MessageKey } from "@/lib/i18n/translator";

const secondary =
  "rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 aria-disabled:pointer-events-none aria-disabled:opacity-50";

export interface LetterEditorProps {
  caseId: string;
  recipient: SaveLetterInput["recipient"];
  locale: SaveLetterInput["locale"];
  initialText: string;
  version: number | null;
  /** /api/cases/<id>/letters/<recipient>?lang=… — the route adds format (and version) */
  downloadUrl: string;
  save: (input: SaveLetterInput) => Promise<ActionResult<{ version: number }>>;
}

/** Edit, save as a new version, copy, download: the draft is plain text the user owns. */
export function LetterEditor({
  caseId,
  recipient,
  locale,
  initialText,
  version,
  downloadUrl,
  save,
}: LetterEditorProps) {
  const t = useTranslations("letters");
  const te = useTranslations();
  const [text, setText] = useState(initialText);
  const [saved, setSaved] = useState({ text: initialText, version });
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const edited = text !== saved.text;
  const blanks = text.match(PLACEHOLDER_PATTERN)?.length ?? 0;
  const fileUrl = (format: "pdf" | "txt") =>
    `${downloadUrl}&format=${format}${saved.version ? `&version=${saved.version}` : ""}`;

  async function onSave() {
    setError(null);
    setStatus(null);
    const input = { caseId, recipient, locale, body: text };
    const parsed = SaveLetterSchema.safeParse(input);
    if (!parsed.success) return setError(knownKey(te, parsed.error.issues[0]?.message ?? ""));
    setBusy(true);
    try {
      const result = await save(input);
      if (!result.ok) return setError(result.fieldErrors?.body ?? result.code);
      setSaved({ text, version: result.data.version });
      setStatus(t("saved", { version: result.data.version }));
    } finally {
      setBusy(false);
    }
  }

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t("copied"));
    } catch {
      setStatus(t("copyFailed"));
    }
  }

  return (
    <div className="space-y-3">
      <FormError message={error && te(error)} />
      <label htmlFor="letter-body" className="block font-medium">
        {t("editorLabel")}
      </label>
      <textarea
        id="letter-body"
        value={text}
        onChange={(event) => setText(event.target.value)}
        maxLength={LETTER_MAX_CHARS}
        rows={24}
        spellCheck={false}
        lang={locale}
        aria-describedby="letter-blanks"
        className="w-full rounded-md border border-slate-300 p-3 font-[inherit] text-base leading-relaxed"
      />
      <p id="letter-blanks" className={blanks > 0 ? "text-amber-800" : "text-emerald-800"}>
        {blanks > 0 ? t("blanks", { count: blanks }) : t("noBlanks")}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={onSave}
          disabled={busy || !(edited || saved.version === null)}
          className={primaryButtonClass}
        >
          {busy ? t("saving") : t("save")}
        </button>
        <button type="button" onClick={onCopy} className={secondary}>
          {t("copy")}
        </button>
        <a href={fileUrl("pdf")} download aria-disabled={edited} className={secondary}>
          {t("downloadPdf")}
        </a>
        <a href={fileUrl("txt")} download aria-disabled={edited} className={secondary}>
          {t("downloadTxt")}
        </a>
      </div>
      <p role="status" className="min-h-6 text-sm text-slate-700">
        {edited ? t("unsaved") : (status ?? (saved.version === null ? t("fresh") : ""))}
      </p>
    </div>
  );
}
