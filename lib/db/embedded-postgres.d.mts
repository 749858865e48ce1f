export function startEmbeddedPostgres(options?: {
  dataDir?: string;
  port?: number;
}): Promise<{ url: string; port: number; stop: () => Promise<void> }>;
