import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { expect, it } from "vitest";
import { cpuShare } from "./cpu-share";

it("charges a busy process's CPU to it, per request, and works out what the machine's cores allow", async () => {
  // A stand-in for the API: 400 ms of its own CPU (however busy the machine), then idle until stopped.
  const work = "const u = process.cpuUsage(); while (process.cpuUsage(u).user + process.cpuUsage(u).system < 4e5);";
  const busy = spawn(process.execPath, ["-e", `${work} process.stdout.write("done"); setInterval(() => {}, 1000);`]);
  try {
    const { result, share } = await cpuShare(
      busy.pid!,
      null,
      () => new Promise<number>((resolve) => busy.stdout.once("data", () => resolve(100))),
      (requests) => requests,
    );
    expect(result).toBe(100);
    // 400 ms over 100 requests, read in 10 ms ticks, with whatever of the process's start-up came after the first read.
    expect(share.apiMs).toBeGreaterThan(3);
    expect(share.apiMs).toBeLessThan(8);
    expect(share.databaseMs).toBe(0);
    expect(share.apiCeiling).toBeCloseTo(1000 / share.apiMs);
    expect(share.machineCeiling).toBeCloseTo(
      (availableParallelism() * 1000) / (share.apiMs + share.databaseMs + share.loadMs),
    );
  } finally {
    busy.kill();
  }
});
