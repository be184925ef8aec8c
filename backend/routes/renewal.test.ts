import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { day, paidPolicy } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";
import { formatDate } from "../documents/date-format";

let backend: Backend;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  backend = await startBackend();
  call = client(backend.url);
  await seedDemo(backend.ctx);
}, 180_000);
afterAll(() => backend.close());

const view = async (n: string, token: string) => (await call("GET", `/api/v3/policy/${n}/`, { token })).json;
const renew = (n: string, token: string) => call("POST", `/api/v3/policy/${n}/renew/`, { token });
/** Moves a policy's end of cover (as if bought a year ago), so today falls where the test needs. */
async function endsOn(n: string, endDate: string) {
  const row = (await backend.ctx.stores.policies.get(n))!;
  await backend.ctx.stores.policies.update(row, { endDate }, { by: "Test", at: new Date().toISOString() });
}

describe("renewal", { timeout: 120_000 }, () => {
  it("is offered only in the 30 days before the cover ends, with a sentence saying when otherwise", async () => {
    const p = await paidPolicy(backend.url, "window@example.com", "Franklin");
    const v = await view(p.policyNumber, p.token);
    expect(v.can_renew).toBe(false);
    const early = await renew(p.policyNumber, p.token);
    expect(early.status).toBe(409);
    const opens = new Date(Date.parse(v.end_date) - 30 * 864e5).toISOString().slice(0, 10);
    expect(early.json.detail).toBe(
      `Policy ${p.policyNumber} can be renewed from ${formatDate(opens)}, 30 days before its cover ends on ${formatDate(v.end_date)}.`,
    );
    await endsOn(p.policyNumber, day("+30d"));
    expect((await view(p.policyNumber, p.token)).can_renew).toBe(true);
    await endsOn(p.policyNumber, day("+31d"));
    expect((await view(p.policyNumber, p.token)).can_renew).toBe(false);
  });

  it("starts the day after the cover ends (set, not asked); a second request answers the first", async () => {
    const p = await paidPolicy(backend.url, "renewal@example.com", "Meitner");
    const end = day("+20d");
    await endsOn(p.policyNumber, end);
    const first = await renew(p.policyNumber, p.token);
    expect(first.status).toBe(200);
    const starts = day("+21d");
    const renewal = await view(first.json.policy_number, p.token);
    expect(renewal).toMatchObject({ status: "New", renewed_from_policy_number: p.policyNumber });
    expect(renewal.form_data.bike.start_date).toBe(starts);
    const step = await call("GET", `/api/v3/policy/submit/bicycle/?policy_number=${first.json.policy_number}`, {
      token: p.token,
    });
    const field = step.json.form.fields.find((f: { name: string }) => f.name === "start_date");
    expect(field).toMatchObject({ read_only: true, value: starts });
    // Posting another date changes nothing: the start is set.
    const fields = step.json.form.fields
      .filter((f: { type: string }) => f.type !== "content")
      .map((f: { name: string; value: unknown }) => ({
        name: f.name,
        value: f.name === "start_date" ? day("+2d") : f.value,
      }));
    const posted = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: p.token,
      body: { policy_number: first.json.policy_number, form: { form_id: "bike", fields } },
    });
    expect(posted.json.has_errors).toBe(false);
    expect((await view(first.json.policy_number, p.token)).form_data.bike.start_date).toBe(starts);

    const second = await renew(p.policyNumber, p.token);
    expect(second.json.policy_number).toBe(first.json.policy_number);
    const supervisor = (
      await call("POST", "/api/v3/login/", {
        body: { username: DEMO_USERS[1].username, password: DEMO_USERS[1].password },
      })
    ).json.token;
    expect((await renew(p.policyNumber, supervisor)).json.policy_number).toBe(first.json.policy_number);
    const all = await call("GET", "/api/v3/policy/all/", { token: supervisor });
    const renewals = all.json.policies.filter(
      (x: { renewed_from_policy_number: string | null }) => x.renewed_from_policy_number === p.policyNumber,
    );
    expect(renewals).toHaveLength(1);
  });
});
