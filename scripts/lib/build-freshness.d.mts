export function buildNeeded(root: string): Promise<null | "missing" | "stale">;
