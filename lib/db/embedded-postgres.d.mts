export function startEmbeddedPostgres(options?: {
  dataDir?: string;
  socketDir?: string;
  port?: number;
  /** an initialised data directory (see pglite-memory.mjs templatePath) to copy into an empty dataDir */
  template?: string;
  /** in memory only: start from this dump of a data directory (PGlite's dumpDataDir) instead of initdb */
  loadDataDir?: Blob;
}): Promise<{ url: string; port: number; socketPath?: string; stop: () => Promise<void> }>;
