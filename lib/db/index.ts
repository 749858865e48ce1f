import "server-only";
export { db, disconnectDb } from "./client";
export { Prisma } from "./generated/client";
export type { Case, CaseEvent, Evidence, User } from "./generated/client";
export { CaseKind, CaseStatus, Platform } from "./generated/enums";
