import type { Recipient } from "../recipients";
import { courtPreservation } from "./court-preservation";
import { csAppeal } from "./cs-appeal";
import { insurer } from "./insurer";
import { platformComplaint } from "./platform-complaint";
import { police } from "./police";
import type { LetterTemplate } from "./shared";
import { unfreeze } from "./unfreeze";

export type { LetterParagraph, LetterTemplate } from "./shared";

/** One template per recipient, each in its own file; shared paragraphs in ./shared. */
export const TEMPLATES: Readonly<Record<Recipient, LetterTemplate>> = {
  police,
  "platform-complaint": platformComplaint,
  "cs-appeal": csAppeal,
  insurer,
  "court-preservation": courtPreservation,
  unfreeze,
};
