export function startEmbeddedPostgres(options?: {
  dataDir?: string;
  socketDir?: string;
  port?: number;
}): Promise<{ url: string; port: number; socketPath?: string; stop: () => Promise<void> }>;
