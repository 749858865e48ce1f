export function startEmbeddedWorker(options: {
  bundle: string;
  env: Record<string, string | undefined>;
  log: (line: string) => void;
  restartMs?: number;
}): Promise<{ stop: (timeoutMs: number) => Promise<boolean> }>;
