export function loadOrCreateSecret(file: string): Promise<string>;
