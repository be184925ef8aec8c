import { startContractBackend } from "./server";

// Playwright's webServer runs this: the contract backend on CONTRACT_API_PORT.
const port = Number(process.env.CONTRACT_API_PORT ?? 4111);
const backend = await startContractBackend({ host: "127.0.0.1", port });
console.log(`contract backend listening on ${backend.url}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void backend.close().finally(() => process.exit(0)));
}
