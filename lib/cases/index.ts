import "server-only";
export { createCase } from "./create-case";
export { getCaseForUser } from "./get-case-for-user";
export { listCasesForUser } from "./list-cases-for-user";
