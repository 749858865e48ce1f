export function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<{ url: string; stop: () => Promise<void> }>;
