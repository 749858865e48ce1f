// Letters drafted from a case: templates as data (pure), versions saved through the audit chain.
export { RECIPIENTS, RECIPIENTS_BY_KIND, isRecipient, type Recipient } from "./recipients";
export { TEMPLATES, type LetterTemplate, type LetterParagraph } from "./templates";
export { renderLetter, recipientFits, type RenderedLetter } from "./render-letter";
export { WRITER_FIELDS, FIELD_LABELS, placeholder } from "./fields";
export { SaveLetterSchema, LETTER_MAX_CHARS, PLACEHOLDER_PATTERN, type SaveLetterInput } from "./schema";
