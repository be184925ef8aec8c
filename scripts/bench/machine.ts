// How fast this machine ran during a bench: the same figures run 2–4× apart on different days (a shared virtual
// machine), so a run prints what it had to work with beside what it measured.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/** A fixed piece of single-threaded work (hashing, JSON, sorting, regular expressions): the median ms of 5. */
export function referenceWorkMs(): number {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    let digest = "";
    for (let i = 0; i < 8_000; i++) digest = createHash("sha256").update(`${digest}${i}`).digest("hex");
    const rows = Array.from({ length: 60_000 }, (_, i) => ({ id: i, name: `person ${(i * 7919) % 60_000}`, digest }));
    const parsed = JSON.parse(JSON.stringify(rows)) as typeof rows;
    parsed.sort((a, b) => a.name.localeCompare(b.name));
    let matches = 0;
    for (const row of parsed) if (/^person 1\d*7$/.test(row.name)) matches++;
    if (matches < 0) throw new Error("unreachable");
    times.push(performance.now() - start);
  }
  return [...times].sort((a, b) => a - b)[2];
}

/** CPU time the host took from this machine (steal), as a share of all CPU time since the meter started. */
export function stealMeter(): () => number | null {
  const read = () => {
    try {
      const fields = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
      return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
    } catch {
      return null;
    }
  };
  const start = read();
  return () => {
    const end = read();
    if (!start || !end || end.total === start.total) return null;
    return (end.steal - start.steal) / (end.total - start.total);
  };
}
