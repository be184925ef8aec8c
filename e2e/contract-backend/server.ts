import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Refusal, sendJson, sendRefusal } from "./http";
import { findRoute, undefinedPath } from "./routes";
import { Store } from "./store";

/**
 * A second Policy API, written only from the contract (../../../shared/spec/contract.md): another
 * vendor's product, words and ids, no extensions. The web app is tested against it to prove it
 * works with any backend that honours the contract, not only the one in backend/.
 */

export type ContractBackend = { url: string; close(): Promise<void> };

async function handle(req: IncomingMessage, res: ServerResponse, store: Store, base: string) {
  const url = new URL(req.url ?? "/", base);
  const method = (req.method ?? "GET").toUpperCase();
  const found = findRoute(method, url.pathname);
  try {
    if (!found) throw undefinedPath(method, url.pathname);
    const header = req.headers["x-quote-token"];
    const token = Array.isArray(header) ? header[0] : header;
    await found.route.handle({ req, res, params: found.params, query: url.searchParams, store, base, token });
  } catch (err) {
    if (res.headersSent) return void res.destroy();
    if (err instanceof Refusal) return sendRefusal(res, err);
    console.error("contract backend:", err);
    sendJson(res, 500, { detail: "Something went wrong on our side. Please try again.", code: "server_error" });
  } finally {
    // A refused request may still be sending its body: drop it rather than read it.
    if (!req.complete) req.resume();
  }
}

export function startContractBackend(opts: { host?: string; port?: number } = {}): Promise<ContractBackend> {
  const host = opts.host ?? "127.0.0.1";
  const store = new Store();
  let base = "";
  const server = createServer((req, res) => void handle(req, res, store, base));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      base = `http://${host}:${port}`;
      resolve({
        url: base,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
