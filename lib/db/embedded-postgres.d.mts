export function startEmbeddedPostgres(options?: {
  dataDir?: string;
  socketDir?: string;
  port?: number;
  /** an initialised data directory (see pglite-memory.mjs templatePath) to copy into an empty dataDir */
  template?: string;
}): Promise<{ url: string; port: number; socketPath?: string; stop: () => Promise<void> }>;
