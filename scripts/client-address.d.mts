import type { IncomingMessage, ServerResponse } from "node:http";
import type { BlockList } from "node:net";

export function trustedProxies(setting?: string): BlockList;
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string;
export function withClientAddress(
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  trusted: BlockList,
): (req: IncomingMessage, res: ServerResponse) => unknown;
