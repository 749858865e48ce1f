type Queryable = { query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };
export const MIGRATIONS_TABLE: string;
export function tablesInLoadOrder(client: Queryable): Promise<string[]>;
export function tableLines(client: Queryable, table: string, cursorName?: string): AsyncIterable<string>;
export function appliedMigrations(client: Queryable): Promise<Array<{ name: string; checksum: string }>>;
export function auditHeads(
  client: Queryable,
): Promise<Array<{ caseId: string; head: { seq: number; hash: string } | null }>>;
export function repositoryMigrations(dir: string): Promise<Array<{ name: string; checksum: string; sql: string }>>;
export function databaseIsEmpty(client: Queryable): Promise<boolean>;
export function splitLines(chunks: AsyncIterable<Buffer | string>): AsyncIterable<string>;
