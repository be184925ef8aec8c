// Preloaded into the API: on SIGUSR2, writes CPU used, bytes allocated on the JS heap and statements sent to
// PostgreSQL (node-postgres) since the last SIGUSR2.
import v8 from "node:v8";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
const { Client } = createRequire(path.join(process.cwd(), "package.json"))("pg");
let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function (...args) {
  statements++;
  return query.apply(this, args);
};
let prof = new v8.GCProfiler();
prof.start();
let markUsed = v8.getHeapStatistics().used_heap_size;
let markCpu = process.cpuUsage();
process.on("SIGUSR2", () => {
  const data = prof.stop();
  const nowUsed = v8.getHeapStatistics().used_heap_size;
  const cpu = process.cpuUsage(markCpu);
  let alloc = 0,
    prev = markUsed,
    gcMicros = 0;
  for (const s of data.statistics) {
    alloc += s.beforeGC.heapStatistics.usedHeapSize - prev;
    prev = s.afterGC.heapStatistics.usedHeapSize;
    gcMicros += s.cost;
  }
  alloc += nowUsed - prev;
  fs.writeFileSync(
    `${process.env.SEARCH_METER_DIR ?? "/tmp"}/search-meter-${process.pid}.json`,
    JSON.stringify({ alloc, gcs: data.statistics.length, gcMicros, cpu, statements }),
  );
  prof = new v8.GCProfiler();
  prof.start();
  markUsed = v8.getHeapStatistics().used_heap_size;
  markCpu = process.cpuUsage();
  statements = 0;
});
