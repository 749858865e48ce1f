export function keepMessageGroupsTogether(server: unknown): void;
