export function startEmbeddedPostgres(options?: {
  dataDir?: string;
  socketDir?: string;
  port?: number;
  /** a data-directory tarball (see pglite-memory.mjs templatePath) to start an empty dataDir from */
  template?: string;
}): Promise<{ url: string; port: number; socketPath?: string; stop: () => Promise<void> }>;
