export function buildNeeded(root: string): Promise<null | "missing" | "stale">;
export function workerBuildNeeded(root: string): Promise<null | "missing" | "stale">;
