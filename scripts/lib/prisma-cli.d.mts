export function prismaNodeArgs(): string[];
