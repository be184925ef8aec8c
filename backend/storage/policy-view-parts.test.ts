import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { paidPolicy, validAnswers } from "../test/journeys";
import { seedDemo } from "../demo/seed";
import { DEMO_USERS } from "../demo/accounts";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await seedDemo(backend.ctx);
});
afterAll(() => backend.close());

// The view reads the policy as one json value built in SQL: it must be the row the ORM reads, value for value.
describe("the policy view's one-statement read", () => {
  it("reads a bought policy as the ORM's row, with its parts", async () => {
    const { policyNumber } = await paidPolicy(backend.url, "view-parts@example.com");
    const stores = backend.ctx.stores;
    const read = await stores.policies.withViewParts(policyNumber);
    const row = await stores.policies.get(policyNumber);
    expect(row?.pricing).not.toBeNull();
    expect(row?.startDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(read?.policy).toStrictEqual(row);
    expect(read?.parts.payments.map((p) => p.token)).toEqual(
      (await stores.payments.forPolicy(policyNumber)).map((p) => p.token),
    );
    expect(read?.parts.versions.at(-1)?.versionId).toBe(row?.versionId);
    expect(read?.parts.seller).toEqual({ name: null, agentCode: null });
  });

  it("names the agent who sold it", async () => {
    const call = client(backend.url);
    const agent = DEMO_USERS[0];
    const login = await call("POST", "/api/v3/login/", {
      body: { username: agent.username, password: agent.password },
    });
    const [formId, answers] = validAnswers.bicycle[0];
    const sold = await call("POST", "/api/v3/policy/submit/bicycle/", {
      token: login.json.token,
      body: { form: { form_id: formId, fields: Object.entries(answers).map(([name, value]) => ({ name, value })) } },
    });
    const read = await backend.ctx.stores.policies.withViewParts(sold.json.policy_number);
    expect(read?.policy).toStrictEqual(await backend.ctx.stores.policies.get(sold.json.policy_number));
    expect(read?.parts.seller).toEqual({ name: agent.name, agentCode: agent.agentCode });
  });
});
