import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { applicant, day, png, validAnswers } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(() => backend.close());

const bike = validAnswers.bicycle[0][1];
const owner = validAnswers.bicycle[2][1];
const property = validAnswers["home-contents"][0][1];
const contents = validAnswers["home-contents"][1][1];
const you = validAnswers["home-contents"][2][1];
const lead = validAnswers.travel[1][1];
const trip = validAnswers.travel[0][1];

type Case = [
  label: string,
  slug: string,
  formId: string,
  answers: Record<string, unknown>,
  field: string,
  message: RegExp,
];

/** Each field type and rule, rejected by the server with a sentence on the field (answers are echoed back). */
const invalidCases: Case[] = [
  ["text min_length", "bicycle", "bike", { ...bike, make: "B" }, "make", /at least 2 characters/],
  ["text pattern", "bicycle", "bike", { ...bike, frame_number: "!!" }, "frame_number", /in the correct format/],
  ["text required", "bicycle", "bike", { ...bike, model: "" }, "model", /Enter/],
  ["decimal places", "bicycle", "bike", { ...bike, value: "1500.505" }, "value", /decimal places|2 places/],
  ["decimal min", "bicycle", "bike", { ...bike, value: "99.99" }, "value", /at least 100/],
  ["decimal not a number", "bicycle", "bike", { ...bike, value: "lots" }, "value", /must be a number/],
  ["number max", "bicycle", "bike", { ...bike, claims: 21 }, "claims", /at most 20/],
  ["number not whole", "bicycle", "bike", { ...bike, claims: 1.5 }, "claims", /whole number/],
  ["radio choice", "bicycle", "bike", { ...bike, bike_type: "tandem" }, "bike_type", /Choose/],
  ["date relative min", "bicycle", "bike", { ...bike, start_date: day("-1d") }, "start_date", /on or after/],
  ["date relative max", "bicycle", "bike", { ...bike, start_date: day("+61d") }, "start_date", /on or before/],
  ["date not a date", "bicycle", "bike", { ...bike, start_date: "2026-02-30" }, "start_date", /must be a real date/],
  ["date -18y", "bicycle", "owner", { ...owner, date_of_birth: day("-17y") }, "date_of_birth", /on or before/],
  ["email", "bicycle", "owner", { ...owner, email: "grace@" }, "email", /email/i],
  ["phone E.164", "travel", "lead-traveller", { ...lead, phone: "07700 900123" }, "phone", /international format/],
  ["select choice", "travel", "trip", { ...trip, destination: "mars" }, "destination", /Choose/],
  [
    "cross-field dates",
    "travel",
    "trip",
    { ...trip, end_date: day("+5d") },
    "end_date",
    /on or after the departure date/,
  ],
  [
    "textarea min_length (show_if equals)",
    "home-contents",
    "property",
    { ...property, property_type: "other", property_description: "small" },
    "property_description",
    /at least 10/,
  ],
  ["select required (show_if in)", "home-contents", "property", { ...property, floor: null }, "floor", /Choose/],
  ["checkbox required", "home-contents", "you", { ...you, consent: false }, "consent", /Tick/],
  ["async_file min", "home-contents", "contents", { ...contents, photos: [] }, "photos", /Upload|at least/],
  [
    "async_file unknown reference",
    "home-contents",
    "contents",
    { ...contents, photos: [{ id: "nope", name: "x.png" }] },
    "photos",
    /couldn't find/,
  ],
  [
    "group max items",
    "home-contents",
    "contents",
    { ...contents, photos: [], high_value_items: Array(11).fill((contents.high_value_items as unknown[])[0]) },
    "high_value_items",
    /at most 10/,
  ],
  [
    "async_file wrong shape",
    "home-contents",
    "contents",
    { ...contents, photos: "photo.png" },
    "photos",
    /must be a list of uploaded files/,
  ],
];

describe("the server validates every field type and rule", () => {
  it.each(invalidCases)("%s", async (_label, slug, formId, answers, field, message) => {
    const a = applicant(backend.url, slug);
    for (const [id, prior] of validAnswers[slug]) {
      if (id === formId) break;
      const filled = { ...prior };
      for (const [name, value] of Object.entries(prior)) {
        if (value === "UPLOAD")
          filled[name] = [
            {
              id: (await a.upload(name, "image/png", await png(), "photo.png")).json.file_reference,
              name: "photo.png",
            },
          ];
      }
      expect((await a.submit(id, filled)).json.has_errors).toBe(false);
    }
    const reply = await a.submit(formId, answers);
    expect(reply.status).toBe(200);
    expect(reply.json.has_errors).toBe(true);
    expect(reply.json.form.form_id).toBe(formId);
    const f = reply.json.form.fields.find((x: { name: string }) => x.name === field);
    expect(f.errors?.join(" ")).toMatch(message);
    expect(f.value).toEqual(answers[field] ?? null);
  });

  it("reports group item errors by index and sub-field", async () => {
    const a = applicant(backend.url, "home-contents");
    await a.submit("property", property);
    const items = [
      { description: "Ring", category: "jewellery", value: "2500.00" },
      { description: "Watch", category: "watches", value: "10.00" },
    ];
    const reply = await a.submit("contents", { ...contents, photos: [], high_value_items: items });
    const group = reply.json.form.fields.find((x: { name: string }) => x.name === "high_value_items");
    expect(group.item_errors).toEqual([{ index: 1, name: "value", errors: [expect.stringMatching(/at least 1500/)] }]);
  });

  it("neither validates nor keeps a field hidden by show_if", async () => {
    const a = applicant(backend.url, "home-contents");
    const reply = await a.submit("property", {
      ...property,
      property_type: "detached",
      floor: "nonsense",
      property_description: "x",
    });
    expect(reply.json.has_errors).toBe(false);
    const data = await a.get(`/api/v3/policy/${a.state.policyNumber}/get-form-data/`);
    expect(data.json.form_data.property).not.toHaveProperty("floor");
    expect(data.json.form_data.property).not.toHaveProperty("property_description");
    expect(data.json.form_data.property.country).toBe("United Kingdom");
  });

  it("keeps read-only and hidden fields at their defined values", async () => {
    const a = applicant(backend.url, "home-contents");
    await a.submit("property", { ...property, country: "Narnia" });
    const data = await a.get(`/api/v3/policy/${a.state.policyNumber}/get-form-data/`);
    expect(data.json.form_data.property.country).toBe("United Kingdom");
  });
});

describe("going back", () => {
  it("returns an earlier form with its saved answers; posting it again goes on, keeping later answers", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", bike);
    await a.submit("quote", validAnswers.bicycle[1][1]);
    const back = await a.get(`/api/v3/policy/submit/bicycle/?policy_number=${a.state.policyNumber}&form_id=bike`);
    expect(back.json.form.form_id).toBe("bike");
    expect(back.json.form.fields.find((f: { name: string }) => f.name === "make").value).toBe("Brompton");
    const again = await a.submit("bike", { ...bike, value: "2500.00" });
    expect(again.json.form.form_id).toBe("quote");
    expect(again.json.form.fields.find((f: { name: string }) => f.name === "tier").value).toBe("standard");
    expect(again.json.form.fields.find((f: { name: string }) => f.name === "perils").value).toEqual(["theft-abroad"]);
    const ahead = await a.get(`/api/v3/policy/submit/bicycle/?policy_number=${a.state.policyNumber}&form_id=nope`);
    expect(ahead.status).toBe(422);
  });

  it("resumes at the current step", async () => {
    const a = applicant(backend.url, "bicycle");
    await a.submit("bike", bike);
    const state = await a.get(`/api/v3/policy/submit/bicycle/?policy_number=${a.state.policyNumber}`);
    expect(state.json).toMatchObject({ next_action: "continue", policy_status: "New" });
    expect(state.json.form.form_id).toBe("quote");
    expect(state.json.pricing.total).toMatch(/\d+\.\d{2}/);
  });
});

describe("live price", () => {
  it("prices posted quote options without saving them", async () => {
    const a = applicant(backend.url, "bicycle");
    const first = await a.submit("bike", bike);
    const form = (tier: string) => ({
      form: {
        form_id: "quote",
        fields: [
          { name: "tier", value: tier },
          { name: "excess", value: "50" },
          { name: "perils", value: [] },
        ],
      },
    });
    const premium = await a.post(`/api/v3/policy/${a.state.policyNumber}/price/`, form("premium"));
    const essential = await a.post(`/api/v3/policy/${a.state.policyNumber}/price/`, form("essential"));
    expect(Number(premium.json.pricing.total)).toBeGreaterThan(Number(essential.json.pricing.total));
    const state = await a.get(`/api/v3/policy/submit/bicycle/?policy_number=${a.state.policyNumber}`);
    expect(state.json.pricing).toEqual(first.json.pricing);
  });
});
