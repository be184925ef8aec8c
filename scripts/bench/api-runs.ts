// One run of the API as its own process per database, shared by the sections that read it (api-concurrency,
// documents, memory): 50 clients viewing and submitting quotes, certificate downloads, then the process's memory.
import { applicant, asForm, completeSteps, pay, validAnswers } from "../../backend/test/journeys";
import { client } from "../../backend/test/client";
import { benchDatabase, startApiProcess } from "./api-process";
import { cpuShare, type CpuShare } from "./cpu-share";
import { load, percentile, type LoadRequest, type LoadResult } from "./load";

export type DatabaseKind = "pglite" | "postgres";
export type CertificateTimes = { firstP95: number; firstMedian: number; againP95: number; failures: number };
export type ApiRun = {
  view: LoadResult;
  submit: LoadResult;
  /** What a view and a submit cost each tier in CPU during the measured runs. */
  viewCpu: CpuShare;
  submitCpu: CpuShare;
  /** Policies bought in English, and in Arabic (their documents in Arabic, in embedded fonts). */
  certificates: CertificateTimes;
  certificatesArabic: CertificateTimes;
  rssIdleMb: number;
  rssAfterMb: number;
};

const CLIENTS = 50;
// Two sets of quotes: the warm-up's and the measured run's. When a run's time is up, autocannon drops the requests
// still in flight, which the API goes on to answer; the next run, on the same quotes, would meet them and be refused
// (409, the quote changed meanwhile), as a person's second tab is.
const QUOTES = 2 * CLIENTS;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const runs = new Map<DatabaseKind, Promise<ApiRun>>();

export const apiRun = (kind: DatabaseKind) => {
  if (!runs.has(kind)) runs.set(kind, measure(kind));
  return runs.get(kind)!;
};

async function measure(kind: DatabaseKind): Promise<ApiRun> {
  const database = kind === "postgres" ? await benchDatabase() : null;
  const api = await startApiProcess(database?.url);
  const monitor = database ? new (await import("pg")).Client({ connectionString: database.url }) : null;
  await monitor?.connect();
  const query = monitor ? (text: string) => monitor.query<{ pid: number }>(text) : null;
  try {
    const rssIdleMb = await api.rssMb();
    // Quotes part-way (the first step saved), each with its browser's quote token, as the journey leaves them.
    const [formId, answers] = validAnswers.bicycle[0];
    const quotes: { policyNumber: string; quoteToken: string }[] = [];
    for (let i = 0; i < QUOTES; i++) {
      const a = applicant(api.url, "bicycle");
      await a.submit(formId, answers);
      quotes.push({ policyNumber: a.state.policyNumber!, quoteToken: a.state.quoteToken! });
    }
    // Each quote is one customer at an address of their own, as the web app forwards it (X-Forwarded-For).
    const from = (i: number) => ({ "x-forwarded-for": `10.0.${i >> 8}.${i & 255}` });
    const views: LoadRequest[] = quotes.map((q, i) => ({
      method: "GET",
      path: `/api/v3/policy/${q.policyNumber}/`,
      headers: { "x-quote-token": q.quoteToken, ...from(i) },
    }));
    const submits: LoadRequest[] = quotes.map((q, i) => ({
      method: "POST",
      path: "/api/v3/policy/submit/bicycle/",
      headers: { "x-quote-token": q.quoteToken, "content-type": "application/json", ...from(i) },
      body: JSON.stringify({ policy_number: q.policyNumber, form: asForm(formId, answers) }),
    }));
    await load(api.url, views.slice(0, CLIENTS), { connections: CLIENTS, seconds: 2 });
    const measured = (requests: LoadRequest[]) =>
      cpuShare(
        api.pid,
        query,
        () => load(api.url, requests, { connections: CLIENTS, seconds: SECONDS }),
        (r) => r.requests,
      );
    const { result: view, share: viewCpu } = await measured(views.slice(CLIENTS));
    await load(api.url, submits.slice(0, CLIENTS), { connections: CLIENTS, seconds: 2 });
    const { result: submit, share: submitCpu } = await measured(submits.slice(CLIENTS));

    const english = await certificates(api.url);
    const arabic = await certificates(api.url, "ar");
    return {
      view,
      submit,
      viewCpu,
      submitCpu,
      certificates: english,
      certificatesArabic: arabic,
      rssIdleMb,
      rssAfterMb: await api.rssMb(),
    };
  } finally {
    await monitor?.end();
    await api.stop();
    await database?.drop();
  }
}

/** Policies bought for the first-download figure (after one more, not counted, that warms the renderer up). */
export const FIRST_DOWNLOADS = 30;

/**
 * Certificates as their buyers read them, of policies bought in `language` (the buyer's browser asks for it): each
 * policy's first download, which renders it (p95 of FIRST_DOWNLOADS); the last policy's again, 100 times one after
 * another, which the API answers from the documents it keeps (p95); then 100 at once (how many failed).
 */
async function certificates(base: string, language = "en"): Promise<CertificateTimes> {
  const plain = client(base);
  const call: typeof plain = (method, path, opts = {}) =>
    plain(method, path, { ...opts, headers: { "accept-language": language, ...opts.headers } });
  const download = async (buyer: ReturnType<typeof applicant>) => {
    const t = performance.now();
    const reply = await buyer.get(`/api/v3/policy/${buyer.state.policyNumber}/coi/`);
    if (reply.status !== 200 || !reply.bytes.subarray(0, 5).equals(Buffer.from("%PDF-")))
      throw new Error(`certificate download failed: ${reply.status} ${reply.text.slice(0, 200)}`);
    return performance.now() - t;
  };
  const buyers = [];
  for (let i = 0; i <= FIRST_DOWNLOADS; i++) {
    const buyer = applicant(base, "bicycle", call);
    await completeSteps(base, buyer, "bicycle");
    await pay(base, buyer);
    buyers.push(buyer);
  }
  const first: number[] = [];
  for (const [i, buyer] of buyers.entries()) {
    const ms = await download(buyer);
    if (i > 0) first.push(ms);
  }
  const last = buyers.at(-1)!;
  const again: number[] = [];
  for (let i = 0; i < 100; i++) again.push(await download(last));
  const together = await Promise.all(
    Array.from({ length: 100 }, () =>
      download(last).then(
        () => true,
        () => false,
      ),
    ),
  );
  return {
    firstP95: percentile(first, 0.95),
    firstMedian: percentile(first, 0.5),
    againP95: percentile(again, 0.95),
    failures: together.filter((ok) => !ok).length,
  };
}
