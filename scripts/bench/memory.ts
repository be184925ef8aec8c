// Issue 13 item 7: the API process's resident memory after the load of api-concurrency and documents.
import type { BenchSection, Figure } from "./figures";
import { postgresMissing } from "./api-process";
import { apiRun, type DatabaseKind } from "./api-runs";

const section = "Memory";
/** No number was set in the issue; these are what the API should stay under on a small machine. */
const BUDGET_MB: Record<DatabaseKind, number> = { pglite: 400, postgres: 250 };
const LABEL: Record<DatabaseKind, string> = { pglite: "PGlite (in the process)", postgres: "PostgreSQL" };

async function memoryFigures(kind: DatabaseKind): Promise<Figure[]> {
  const run = await apiRun(kind);
  return [
    {
      section,
      name: `API RSS after the load, ${LABEL[kind]}`,
      value: run.rssAfterMb,
      unit: "MB",
      budget: BUDGET_MB[kind],
      better: "lower",
      note: `${run.rssIdleMb.toFixed(0)} MB idle after start`,
    },
  ];
}

export const memory: BenchSection = {
  name: "memory",
  run: async () => {
    const figures = await memoryFigures("pglite");
    const missing = await postgresMissing();
    if (missing) console.log(`PostgreSQL part skipped: ${missing}`);
    else figures.push(...(await memoryFigures("postgres")));
    return figures;
  },
};
