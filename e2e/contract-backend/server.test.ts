import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shiftDate, today } from "./dates";
import { SANDBOX_CODE, SLUG } from "./product";
import { startContractBackend, type ContractBackend } from "./server";
import { FUTURE_VACCINATION, NONE_WITH_OTHERS, TEST_NAME_REFUSAL, WRONG_CODE } from "./underwriting";

type Json = Record<string, any>;
type Field = { name: string; value?: unknown; errors?: string[]; item_errors?: unknown[]; type: string };

let api: ContractBackend;
beforeAll(async () => {
  api = await startContractBackend();
});
afterAll(() => api.close());

async function call(method: string, path: string, opts: { body?: unknown; raw?: string; token?: string } = {}) {
  const headers: Record<string, string> = {};
  if (opts.token) headers["x-quote-token"] = opts.token;
  if (opts.body !== undefined || opts.raw !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(api.url + path, {
    method,
    headers,
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const type = res.headers.get("content-type") ?? "";
  return { status: res.status, type, res, json: type.includes("json") ? ((await res.json()) as Json) : ({} as Json) };
}

const SUBMIT = `/api/v3/policy/submit/${SLUG}/`;
const LOOP_KEYS = [
  "content_data",
  "description",
  "form",
  "has_errors",
  "next_action",
  "policy_number",
  "policy_status",
  "pricing",
  "quote_token",
];
const form = (form_id: string, values: Record<string, unknown>) => ({
  form_id,
  fields: Object.entries(values).map(([name, value]) => ({ name, value })),
});
const field = (body: Json, name: string): Field => body.form.fields.find((f: Field) => f.name === name);

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==",
  "base64",
);
const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString("base64")}`;

const pet = {
  pet_name: "Biscuit",
  species: "dog",
  breed_group: "cross",
  pet_birth_date: "2019-04-02",
  weight_kg: "12.5",
};
const vaccinations = [
  { vaccine: "rabies", given_on: shiftDate(today(), -200, "d") },
  { vaccine: "distemper", given_on: shiftDate(today(), -100, "d") },
];
const keeper = {
  keeper_name: "Orla Byrne",
  keeper_email: "orla@example.ie",
  keeper_phone: "+353851234567",
  cover_from: shiftDate(today(), 3, "d"),
  registered_keeper: true,
  newsletter: false,
};

describe("the contract backend, over HTTP", () => {
  it("lists its product and its meta", async () => {
    const products = await call("GET", "/api/v3/products/");
    expect(products.json.products).toEqual([expect.objectContaining({ slug: SLUG, name: "Pet cover" })]);
    const meta = await call("GET", `/api/v3/policy/meta/${SLUG}`); // no trailing slash: accepted too
    expect(meta.json.intro.content).toMatch(/\S/);
    expect(meta.json.form_sequence.map((s: Json) => s.id)).toEqual([
      "pet-profile",
      "vet-history",
      "keeper",
      "email-check",
    ]);
    expect((await call("GET", "/api/v3/policy/meta/bicycle/")).status).toBe(404);
  });

  it("answers 404 {detail, code} for anything the contract doesn't define here, 422 for malformed JSON", async () => {
    for (const [method, path] of [
      ["GET", "/api/v3/policy/all/"],
      ["POST", "/api/v3/policy/PW1/price/"],
      ["GET", "/api/v3/payment/token/"],
      ["POST", "/api/v3/customer/otp/request/"],
      ["DELETE", "/api/v3/products/"],
      ["GET", "/nowhere"],
    ]) {
      const res = await call(method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.json).toEqual({ detail: expect.stringMatching(/\S/), code: "not_found" });
    }
    const bad = await call("POST", SUBMIT, { raw: "{not json" });
    expect(bad.status).toBe(422);
    expect(bad.json.detail).toMatch(/JSON/);
    const noForm = await call("POST", SUBMIT, { body: { policy_number: null, form: { fields: "x" } } });
    expect(noForm.status).toBe(422);
  });

  it("walks the whole journey, refusing what only the server knows", async () => {
    const first = await call("GET", SUBMIT);
    expect(Object.keys(first.json).sort()).toEqual(LOOP_KEYS);
    expect(first.json).toMatchObject({
      policy_number: null,
      next_action: "continue",
      pricing: null,
      has_errors: false,
    });
    expect(first.json.form.fields.map((f: Field) => f.type)).toContain("signature_pad");
    expect((await call("POST", SUBMIT)).json.form.form_id).toBe("pet-profile"); // an empty POST: the first form too

    // Types and required checked here too; what was posted comes back.
    const empty = await call("POST", SUBMIT, {
      body: { policy_number: null, form: form("pet-profile", { weight_kg: "heavy" }) },
    });
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ has_errors: true, policy_number: null });
    expect(field(empty.json, "pet_name").errors).toEqual(["Please answer this question."]);
    expect(field(empty.json, "weight_kg")).toMatchObject({ value: "heavy", errors: [expect.any(String)] });

    const named = await call("POST", SUBMIT, {
      body: { policy_number: null, form: form("pet-profile", { ...pet, pet_name: "Test" }) },
    });
    expect(field(named.json, "pet_name").errors).toEqual([TEST_NAME_REFUSAL]);

    const created = await call("POST", SUBMIT, { body: { policy_number: null, form: form("pet-profile", pet) } });
    expect(Object.keys(created.json).sort()).toEqual(LOOP_KEYS);
    const n: string = created.json.policy_number;
    const token: string = created.json.quote_token;
    expect(n).toMatch(/\S/);
    expect(token.length).toBeGreaterThan(20);
    expect(created.json).toMatchObject({
      policy_status: "New",
      next_action: "continue",
      form: { form_id: "vet-history" },
    });

    const vet = (over: Json = {}, files: unknown[] = []) =>
      form("vet-history", { vet_visits: 2, conditions: ["allergy"], vaccinations, vet_records: files, ...over });
    expect((await call("POST", SUBMIT, { body: { policy_number: n, form: vet() } })).status).toBe(404);
    expect(
      (await call("POST", SUBMIT, { body: { policy_number: n, form: vet() }, token: "x".repeat(32) })).status,
    ).toBe(404);

    const noStep = await call("GET", `${SUBMIT}?policy_number=${n}`, { token });
    expect(noStep.status).toBe(422);
    expect(noStep.json).toEqual({ detail: expect.stringMatching(/form_id/), code: expect.any(String) });

    // Attachments: judged by their bytes.
    const add = (body: Json) => call("POST", `/api/v3/policy/${n}/attachment/add/`, { body, token });
    const text = await add({
      data: dataUrl("image/png", Buffer.from("just some text")),
      name: "vet_records",
      filename: "card.png",
    });
    expect(text.status).toBe(415);
    expect(text.json.detail).toMatch(/PNG or JPEG/);
    const huge = await add({
      data: dataUrl("image/png", Buffer.concat([PNG, Buffer.alloc(2.1 * 1024 * 1024)])),
      name: "vet_records",
    });
    expect(huge.status).toBe(413);
    const png = await add({ data: dataUrl("image/png", PNG), name: "vet_records", filename: "card.png" });
    expect(png.status).toBe(200);
    const ref: string = png.json.file_reference;
    const got = await call("GET", `/api/v3/policy/${n}/attachment/get/${ref}/`, { token });
    expect(got.type).toBe("image/png");
    expect(Buffer.from(await got.res.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await call("GET", `/api/v1/policy/${n}/attachment/thumbnail/${ref}/`, { token })).type).toMatch(/^image\//);
    expect((await call("GET", `/api/v3/policy/${n}/attachment/get/${ref}/`)).status).toBe(404);
    const files = [{ id: ref, name: "card.png" }];

    const future = [vaccinations[0], { vaccine: "lepto", given_on: shiftDate(today(), 5, "d") }];
    const dated = await call("POST", SUBMIT, {
      body: { policy_number: n, form: vet({ vaccinations: future }, files) },
      token,
    });
    expect(dated.json.has_errors).toBe(true);
    expect(field(dated.json, "vaccinations").item_errors).toEqual([
      { index: 1, name: "given_on", errors: [FUTURE_VACCINATION] },
    ]);
    expect(field(dated.json, "vaccinations").value).toEqual(future);

    const mixed = await call("POST", SUBMIT, {
      body: { policy_number: n, form: vet({ conditions: ["none", "skin"] }, files) },
      token,
    });
    expect(mixed.json).toMatchObject({ has_errors: true, form: { errors: [NONE_WITH_OTHERS] } });

    const shown = await call("POST", SUBMIT, { body: { policy_number: n, form: vet({}, files) }, token });
    expect(shown.json).toMatchObject({ has_errors: false, next_action: "display", form: { form_id: "keeper" } });
    expect(shown.json.content_data).toEqual({
      title: expect.any(String),
      content: expect.any(String),
      redirect_to: null,
    });

    const otp = await call("POST", SUBMIT, { body: { policy_number: n, form: form("keeper", keeper) }, token });
    expect(otp.json).toMatchObject({ next_action: "perform_otp", form: { form_id: "email-check", form_type: "otp" } });
    expect(field(otp.json, "code")).toBeTruthy();

    const wrong = await call("POST", SUBMIT, {
      body: { policy_number: n, form: form("email-check", { code: "135790" }) },
      token,
    });
    expect(field(wrong.json, "code").errors).toEqual([WRONG_CODE]);
    const done = await call("POST", SUBMIT, {
      body: { policy_number: n, form: form("email-check", { code: SANDBOX_CODE }) },
      token,
    });
    expect(done.json).toMatchObject({
      next_action: "complete",
      form: null,
      policy_status: "Quoted",
      quote_token: null,
    });

    // Going back: a named earlier step with its saved answers.
    const back = await call("GET", `${SUBMIT}?policy_number=${n}&form_id=vet-history`, { token });
    expect(back.json).toMatchObject({ has_errors: false, form: { form_id: "vet-history" } });
    expect(field(back.json, "vet_records").value).toEqual(files);
    expect((await call("GET", `${SUBMIT}?policy_number=${n}&form_id=vet-history`)).status).toBe(404);

    const review = await call("POST", `/api/v3/policy/${n}/confirm/`, { token });
    expect(review.json.submitted_data["Your pet"]).toMatchObject({
      "Pet's name": "Biscuit",
      "Which animal is it?": "Dog",
    });
    expect(review.json.submitted_data["Vet history"]["Vaccination card"]).toBe("card.png");
    expect(review.json.form).toMatchObject({
      form_type: "confirmation",
      fields: [{ type: "checkbox", required: true }],
    });
    expect(review.json.price_info).toEqual({
      currency: "EUR",
      policy_price: "84.00",
      tax_amount: "7.56",
      total_price: "91.56",
    });

    const confirm = (truthful: boolean) =>
      call("POST", `/api/v3/policy/${n}/confirm/`, { body: { form: form("declaration", { truthful }) }, token });
    const unticked = await confirm(false);
    expect(unticked.json).toMatchObject({ has_errors: true, next_action: "continue" });
    expect((await call("GET", `/api/v3/policy/${n}/coi/`, { token })).status).toBe(404);
    const bought = await confirm(true);
    expect(Object.keys(bought.json).sort()).toEqual(LOOP_KEYS);
    expect(bought.json).toMatchObject({
      next_action: "complete",
      form: null,
      policy_status: "Active",
      has_errors: false,
    });

    const view = await call("GET", `/api/v3/policy/${n}/`, { token });
    expect(view.json).toMatchObject({
      policy_number: n,
      status: "Active",
      customer_name: "Orla Byrne",
      start_date: keeper.cover_from,
    });
    expect(view.res.headers.get("etag")).toBe(`"${view.json.version_id}"`);
    const coi = await call("GET", `/api/v3/policy/${n}/coi/`, { token });
    expect(coi.type).toBe("application/pdf");
    expect(
      Buffer.from(await coi.res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    expect((await confirm(true)).status).toBe(409);
  });
});
