import "server-only";
// The server half of lib/letters: saving versions, opening drafts, files to download.
export { saveLetterVersion } from "./save-letter-version";
export { getLetterDraft, type LetterDraftView } from "./get-letter-draft";
export { letterPdf, letterText, letterFileName } from "./letter-files";
