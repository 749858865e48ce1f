import "server-only";
export { sendMail, type OutgoingMail, type SentMail } from "./send-mail";
export { maskEmails } from "./mask";
export { removeOutboxMailFor } from "./outbox";
