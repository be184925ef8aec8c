// One figure of `npm run bench`: a measurement beside its budget.
export type Figure = {
  /** The heading it answers, e.g. "Page weight", "API under concurrency". */
  section: string;
  name: string;
  value: number;
  unit: string;
  budget: number;
  /** Whether a smaller value is better (times, sizes) or a larger one (requests per second, scores). */
  better: "lower" | "higher";
  note?: string;
};

export type BenchSection = {
  name: string;
  /** What it needs that may be missing (a build, PostgreSQL, Chromium): a sentence, or null when it can run. */
  unavailable?: () => Promise<string | null>;
  run: () => Promise<Figure[]>;
};

export const withinBudget = (f: Figure) => (f.better === "lower" ? f.value <= f.budget : f.value >= f.budget);

const fmt = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

/** A plain-text table: figure, value, budget, value/budget, within budget or not. */
export function formatFigures(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.section,
    f.name,
    `${fmt(f.value)} ${f.unit}`,
    `${f.better === "lower" ? "≤" : "≥"} ${fmt(f.budget)} ${f.unit}`,
    f.budget ? (f.value / f.budget).toFixed(2) : "-",
    withinBudget(f) ? "ok" : "OVER BUDGET",
    f.note ?? "",
  ]);
  const head = ["section", "figure", "measured", "budget", "ratio", "", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join("  ")
      .trimEnd();
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The same as a Markdown table, for the README (`npm run bench -- --markdown=<file>`). */
export function markdownFigures(figures: Figure[]): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  const rows = figures.map((f) =>
    [
      `${f.section}: ${f.name}`,
      `${fmt(f.value)} ${f.unit}`.trim(),
      `${f.better === "lower" ? "≤" : "≥"} ${fmt(f.budget)} ${f.unit}`.trim(),
      f.budget ? (f.value / f.budget).toFixed(2) : "-",
      withinBudget(f) ? "ok" : "**over**",
      f.note ?? "",
    ].map(cell),
  );
  const head = ["figure", "measured", "budget", "ratio", "", "note"];
  return [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`).join("\n");
}
