import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { eq, inArray, or } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { client, type CallOptions } from "../test/client";
import { applicant, asForm, paidPolicy, png, validAnswers } from "../test/journeys";
import { routesOf, type Endpoint } from "../test/routes-of";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { listProducts } from "../products";
import { attachments, authTokens, customers, payments, policies, policyVersions } from "../storage/schema";

/** Property-based fuzzing of every endpoint: whatever is sent, no 5xx and no change to another customer's data. */
let backend: Backend;
let call: ReturnType<typeof client>;
const victim = { email: "victim@example.com", paid: "", quote: "", customerId: "" };
const attacker = { quote: "", quoteToken: "", ref: "", customerToken: "", agentToken: "" };

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
  const paid = await paidPolicy(backend.url, victim.email, "Victim");
  victim.paid = paid.policyNumber;
  const open = applicant(backend.url, "travel");
  await open.submit("trip", validAnswers.travel[0][1]);
  await open.submit("lead-traveller", { ...validAnswers.travel[1][1], email: victim.email });
  victim.quote = open.state.policyNumber!;
  [{ id: victim.customerId }] = await backend.ctx.db
    .select({ id: customers.id })
    .from(customers)
    .where(eq(customers.email, victim.email));
  const mine = applicant(backend.url, "travel");
  await mine.submit("trip", validAnswers.travel[0][1]);
  attacker.quote = mine.state.policyNumber!;
  attacker.quoteToken = mine.state.quoteToken!;
  attacker.ref = (await mine.upload("passports", "image/png", await png(32, 32))).json.file_reference;
  attacker.customerToken = (await paidPolicy(backend.url, "attacker@example.com", "Attacker")).token;
  const [agent] = DEMO_USERS;
  attacker.agentToken = (
    await call("POST", "/api/v3/login/", { body: { username: agent.username, password: agent.password } })
  ).json.token;
}, 120_000);
afterAll(() => backend.close());

/** The victim's side of the database, in a stable order. */
async function victimData() {
  const db = backend.ctx.db;
  const numbers = [victim.paid, victim.quote];
  const mine = or(inArray(policies.policyNumber, numbers), eq(policies.customerId, victim.customerId));
  const rows = await db.select().from(policies).where(mine).orderBy(policies.policyNumber);
  const all = rows.map((r) => r.policyNumber);
  return JSON.stringify({
    rows,
    versions: await db
      .select()
      .from(policyVersions)
      .where(inArray(policyVersions.policyNumber, all))
      .orderBy(policyVersions.policyNumber, policyVersions.seq),
    payments: await db.select().from(payments).where(inArray(payments.policyNumber, all)).orderBy(payments.createdAt),
    files: await db.select().from(attachments).where(inArray(attachments.policyNumber, all)).orderBy(attachments.ref),
    customer: await db.select().from(customers).where(eq(customers.id, victim.customerId)),
    tokens: await db
      .select()
      .from(authTokens)
      .where(eq(authTokens.customerId, victim.customerId))
      .orderBy(authTokens.createdAt),
  });
}

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("", " ", "%00", "\u0000", "../..", "__proto__", "constructor", "😀".repeat(50)),
);
const fieldValue = fc.oneof(
  text,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 4 }),
  fc.array(fc.dictionary(text, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }), { maxLength: 3 }),
  fc.array(fc.record({ id: fc.oneof(text, fc.constant(attacker.ref)), name: text }), { maxLength: 2 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("1e309", "-0", "NaN", "9".repeat(40), "2026-02-30", "+4477009001234567890"),
  fc.constant("x".repeat(20_000)),
);
const fieldNames = [...new Set(listProducts().flatMap((p) => p.forms.flatMap((f) => f.fields.map((x) => x.name))))];
const formIds = [...new Set(listProducts().flatMap((p) => p.forms.map((f) => f.form_id))), "otp", "confirmation"];
const policyNumber = () => fc.oneof(fc.constantFrom(victim.paid, victim.quote, attacker.quote, "NOPE2345", null), text);
const form = () =>
  fc.record({
    form_id: fc.oneof(fc.constantFrom(...formIds), text),
    fields: fc.array(fc.record({ name: fc.oneof(fc.constantFrom(...fieldNames), text), value: fieldValue }), {
      maxLength: 8,
    }),
  });
const structured = () =>
  fc.record(
    {
      policy_number: policyNumber(),
      form: fc.oneof(form(), fieldValue),
      email: fc.oneof(fc.constant(victim.email), text),
      code: fc.oneof(fc.constant("123456"), text),
      username: text,
      password: text,
      last_name: fc.oneof(fc.constant("Victim"), text),
      comment: text,
      send_email: fc.oneof(fc.boolean(), text),
      cancellation_reason: text,
      termination_date: fieldValue,
      data: fc.oneof(text, fc.constant("data:image/png;base64,iVBORw0KGgo="), fc.constant("data:;base64,")),
      name: fc.oneof(fc.constantFrom(...fieldNames), text),
      payment_mode: fc.oneof(fc.constantFrom("annual", "monthly"), text),
      return_url: fc.oneof(fc.constantFrom("http://127.0.0.1:3999/x", "javascript:alert(1)"), text),
      search_terms: fc.array(
        fc.record({
          column: text,
          operation: fc.constantFrom("contains", "equals", "range", "in", "x"),
          values: fc.array(fieldValue),
        }),
      ),
      per_page: fieldValue,
      page: fieldValue,
      decision: text,
    },
    { requiredKeys: [] },
  );

/** A step's valid answers with a few values swapped for random ones: gets past parsing into validation. */
const nearValid = () =>
  fc
    .record({
      step: fc.constantFrom(...Object.values(validAnswers).flat(), [
        "confirmation",
        { accurate: true, accept_terms: true },
      ] as const),
      changes: fc.dictionary(fc.constantFrom(...fieldNames, "accurate", "accept_terms"), fieldValue, { maxKeys: 3 }),
      policy_number: fc.constantFrom(attacker.quote, victim.quote, null),
    })
    .map(({ step: [formId, answers], changes, policy_number }) => ({
      body: { policy_number, form: asForm(formId, { ...answers, ...changes }) },
    }));

type Body = Pick<CallOptions, "body" | "raw" | "contentType">;
const bodies: fc.Arbitrary<Body> = fc.oneof(
  { arbitrary: nearValid(), weight: 3 },
  structured().map((body) => ({ body })),
  fc.jsonValue().map((body) => ({ body })),
  structured().chain((b) =>
    fc.nat({ max: JSON.stringify(b).length }).map((cut) => ({ raw: JSON.stringify(b).slice(0, cut) })),
  ),
  fc.constant({ raw: JSON.stringify({ pad: "x".repeat(1_100_000) }) }),
  fc
    .tuple(
      text,
      fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "application/xml", "multipart/form-data"),
    )
    .map(([raw, contentType]) => ({ raw, contentType })),
  fc.constant({}),
);
const query = fc.dictionary(
  fc.constantFrom(
    "policy_number",
    "form_id",
    "when_at",
    "per_page",
    "page",
    "status",
    "token",
    "return_url",
    "payment_mode",
    "to",
    "no_count",
  ),
  fc.oneof(text, fc.integer().map(String), fc.constantFrom(victim.paid, victim.quote)),
  { maxKeys: 4 },
);
const CREDENTIALS = {
  none: () => ({}),
  forgedQuote: () => ({ quoteToken: "forged" }),
  forgedBearer: () => ({ token: "not-a-token" }),
  attackerQuote: () => ({ quoteToken: attacker.quoteToken }),
  attackerCustomer: () => ({ token: attacker.customerToken }),
  agent: () => ({ token: attacker.agentToken, quoteToken: attacker.quoteToken }),
} satisfies Record<string, () => Pick<CallOptions, "token" | "quoteToken">>;
const credentials = fc.constantFrom(...(Object.keys(CREDENTIALS) as Array<keyof typeof CREDENTIALS>));
const param = (name: string) =>
  ({
    n: fc.oneof(fc.constantFrom(victim.paid, victim.quote, attacker.quote), text),
    slug: fc.oneof(fc.constantFrom(...listProducts().map((p) => p.slug)), text),
    ref: fc.oneof(fc.constant(attacker.ref), text),
  })[name] ?? text;

function pathFor(endpoint: Endpoint): fc.Arbitrary<string> {
  const names = [...endpoint.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
  return fc.tuple(...names.map(param), query).map((values) => {
    const q = values.pop() as Record<string, string>;
    let i = 0;
    const path = endpoint.path.replace(/:(\w+)/g, () => encodeURIComponent(String(values[i++] ?? "")).slice(0, 90));
    const search = new URLSearchParams(q).toString();
    return `${path}/${search ? `?${search}` : ""}`;
  });
}

describe("fuzzing every endpoint", () => {
  it("finds them all", () => {
    const endpoints = routesOf(backend.app);
    expect(endpoints.length).toBeGreaterThan(35);
    expect(endpoints).toContainEqual({ method: "POST", path: "/api/v3/policy/:n/cancel" });
  });

  it("answers anything without a 5xx and changes no other customer's data", async () => {
    const before = await victimData();
    const endpoints = routesOf(backend.app).filter((e) => !e.path.endsWith("/openapi.json"));
    const seen: string[] = [];
    for (const endpoint of endpoints) {
      const runs = endpoint.method === "GET" ? 15 : 30;
      await fc.assert(
        fc.asyncProperty(
          pathFor(endpoint),
          endpoint.method === "GET" ? fc.constant<Body>({}) : bodies,
          credentials,
          async (path, body, auth) => {
            const reply = await call(endpoint.method, path, { ...body, ...CREDENTIALS[auth]() });
            seen.push(`${reply.status}`);
            if (process.env.FUZZ_LOG) console.log(`FUZZ ${reply.status} ${endpoint.method} ${endpoint.path}`);
            if (reply.status >= 500)
              throw new Error(`${endpoint.method} ${path} answered ${reply.status}: ${reply.text.slice(0, 300)}`);
          },
        ),
        { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 1e9), endOnFailure: true },
      );
    }
    expect(seen.length).toBeGreaterThan(300);
    expect(await victimData()).toBe(before);
  }, 90_000);
});
