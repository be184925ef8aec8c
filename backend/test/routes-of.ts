import type { FastifyInstance } from "fastify";

export type Endpoint = { method: string; path: string };

/** Every route the server registered (from Fastify's own route tree), HEAD and OPTIONS left out. */
export function routesOf(app: FastifyInstance): Endpoint[] {
  const stack: string[] = [];
  const out: Endpoint[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^([│ ]*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    const path = (depth > 0 ? stack[depth - 1] : "") + match[2];
    stack[depth] = path;
    const methods = (match[3] ?? "").split(", ").filter((m) => m && m !== "HEAD" && m !== "OPTIONS");
    for (const method of methods) out.push({ method, path });
  }
  return out;
}
