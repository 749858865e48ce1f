import { extractText } from "unpdf";

/**
 * The text of a PDF as a reader's copy-paste would give it, read in process with pdf.js
 * (unpdf's build: no native code, no system pdftotext), so `npm test` needs only Node.
 * Pages are joined with a line break, and so is each line pdf.js reports as ending one.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
  return text;
}
