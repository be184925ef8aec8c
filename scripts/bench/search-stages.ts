// Profiling aid: CPU and JS heap allocation of each stage of one search, in this process (no HTTP).
import v8 from "node:v8";
import { openDatabase } from "../../backend/storage/db";
import { benchDatabase } from "./api-process";
import { listPolicyPage } from "../../backend/storage/policy-list-query";
import { listPolicies } from "../../backend/domain/policy-list";
import { listItems } from "../../backend/domain/policy-list-item";
import type { Caller } from "../../backend/security/caller";
import type { AppContext } from "../../backend/context";
import { CASES } from "./search-1m";

const N = Number(process.argv[2] ?? 50);
const caller: Caller = {
  kind: "user",
  userId: "u",
  name: "Sup",
  agentCode: null,
  permissions: [
    "view_all_policies",
    "cancel_policy",
    "remove_recurring_payment",
    "approve_referrals",
    "suspend_policies",
  ],
  tokenHash: "x",
  quoteToken: null,
};
async function measure(n: number, f: () => unknown) {
  for (let i = 0; i < 5; i++) await f();
  const prof = new v8.GCProfiler();
  const used0 = v8.getHeapStatistics().used_heap_size;
  prof.start();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) await f();
  const cpu = process.cpuUsage(cpu0);
  const data = prof.stop();
  let alloc = 0,
    prev = used0;
  for (const s of data.statistics) {
    alloc += s.beforeGC.heapStatistics.usedHeapSize - prev;
    prev = s.afterGC.heapStatistics.usedHeapSize;
  }
  alloc += v8.getHeapStatistics().used_heap_size - prev;
  return `${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms ${(alloc / 1024 / n).toFixed(0)} KB`;
}
const { url } = await benchDatabase("bench_1m");
const database = await openDatabase({ url });
const which = process.argv[3];
try {
  let captured: Parameters<typeof listPolicyPage>[1] | undefined;
  const ctx = {
    stores: { policies: { list: (q: never) => ((captured = q), listPolicyPage(database.db, q)) } },
  } as unknown as AppContext;
  for (const [name, body] of CASES) {
    if (which && !name.includes(which)) continue;
    const input = { per_page: 100, ...body };
    const whole = await measure(N, () => listPolicies(ctx, caller, input));
    const answer = await listPolicies(ctx, caller, input);
    const q = captured!;
    const store = await measure(N, () => listPolicyPage(database.db, q));
    const page = await listPolicyPage(database.db, q);
    const rowsOnly = await measure(N, () => listPolicyPage(database.db, { ...q, count: "none" }));
    const map = await measure(N, () => listItems(page.rows, caller, "2026-12-02"));
    const json = await measure(N, () => JSON.stringify(answer));
    console.log(
      `${name}\n  listPolicies ${whole} | store ${store} | store without count ${rowsOnly} | listItems ${map} | JSON.stringify ${json}`,
    );
  }
} finally {
  await database.close();
}
