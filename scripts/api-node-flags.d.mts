export const API_NODE_FLAGS: string[];
export function apiNodeOptions(existing?: string): string;
