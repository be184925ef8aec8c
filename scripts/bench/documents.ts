// Issue 13 item 7: the certificate PDF (one at a time, including the database read) and 100 downloads at once.
import type { BenchSection, Figure } from "./figures";
import { postgresMissing } from "./api-process";
import { apiRun, type DatabaseKind } from "./api-runs";

const section = "Documents";
const LABEL: Record<DatabaseKind, string> = { pglite: "PGlite", postgres: "PostgreSQL" };

async function documentFigures(kind: DatabaseKind): Promise<Figure[]> {
  const run = await apiRun(kind);
  return [
    {
      section,
      name: `certificate PDF p95, ${LABEL[kind]}`,
      value: run.certificateP95,
      unit: "ms",
      budget: 30,
      better: "lower",
    },
    {
      section,
      name: `100 concurrent downloads, ${LABEL[kind]}: failures`,
      value: run.concurrentDownloadFailures,
      unit: "",
      budget: 0,
      better: "lower",
    },
  ];
}

export const documents: BenchSection = {
  name: "documents",
  run: async () => {
    const figures = await documentFigures("pglite");
    const missing = await postgresMissing();
    if (missing) console.log(`PostgreSQL part skipped: ${missing}`);
    else figures.push(...(await documentFigures("postgres")));
    return figures;
  },
};
