// Issue 13 item 7: the certificate PDF, including the database read: each policy's first download, which renders it
// (the API keeps what it rendered that day, so asking again measures the keeping, shown beside it), in English and,
// in embedded fonts, in Arabic; and 100 downloads at once.
import type { BenchSection, Figure } from "./figures";
import { postgresMissing } from "./api-process";
import { apiRun, FIRST_DOWNLOADS, type CertificateTimes, type DatabaseKind } from "./api-runs";

const section = "Documents";
const LABEL: Record<DatabaseKind, string> = { pglite: "PGlite", postgres: "PostgreSQL" };

async function documentFigures(kind: DatabaseKind): Promise<Figure[]> {
  const run = await apiRun(kind);
  const { certificates: en, certificatesArabic: ar } = run;
  const first = (language: string, times: CertificateTimes): Figure => ({
    section,
    name: `certificate PDF${language} p95, ${LABEL[kind]}`,
    value: times.firstP95,
    unit: "ms",
    budget: 30,
    better: "lower",
    note: `each policy's first download (rendered), ${FIRST_DOWNLOADS} policies, median ${times.firstMedian.toFixed(1)} ms; again (kept) ${times.againP95.toFixed(1)} ms`,
  });
  return [
    first("", en),
    first(" in Arabic", ar),
    {
      section,
      name: `100 concurrent downloads, ${LABEL[kind]}: failures`,
      value: en.failures + ar.failures,
      unit: "",
      budget: 0,
      better: "lower",
      note: "100 at once of one policy's certificate in English, then 100 of one in Arabic",
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
