import "server-only";
export { sendMail, type OutgoingMail, type SentMail } from "./send-mail";
