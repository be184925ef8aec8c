import type { IncomingMessage, ServerResponse } from "node:http";

export const HEALTH_PATH: string;
export function withHealth(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  state: { draining: boolean },
): (req: IncomingMessage, res: ServerResponse) => unknown;
