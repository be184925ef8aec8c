import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { validAnswers } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => backend?.close());

const get = (path: string, language: string) =>
  fetch(`${backend.url}${path}`, { headers: { accept: "application/json", "accept-language": language } });

describe("a product in the language asked for", () => {
  it("serves the bicycle product's meta and first step in Arabic, and says so", async () => {
    const meta = await get("/api/v3/policy/meta/bicycle/", "ar-SA,ar;q=0.9,en;q=0.5");
    expect(meta.headers.get("content-language")).toBe("ar");
    const body = await meta.json();
    expect(body.name).toBe("تأمين الدراجات الهوائية");
    expect(body.intro.title).toBe("واصل ركوب دراجتك");
    expect(body.form_sequence.map((s: { title: string }) => s.title)).toEqual(["دراجتك", "تغطيتك", "عنك"]);
    const step = await (await get("/api/v3/policy/submit/bicycle/", "ar")).json();
    const type = step.form.fields.find((f: { name: string }) => f.name === "bike_type");
    expect(type.title).toBe("ما نوع الدراجة؟");
    expect(type.choices.map((c: { value: string }) => c.value)).toContain("hybrid"); // values stay data
  });
  it("falls back to English for a product without the language, saying so", async () => {
    const meta = await get("/api/v3/policy/meta/travel/", "ar");
    expect(meta.headers.get("content-language")).toBe("en");
    expect((await meta.json()).name).toBe("Travel insurance");
  });
  it("answers in English when English is asked for", async () => {
    const meta = await get("/api/v3/policy/meta/bicycle/", "en-GB");
    expect(meta.headers.get("content-language")).toBe("en");
    expect((await meta.json()).name).toBe("Bicycle insurance");
  });
});

const submit = (slug: string, language: string, formId: string, answers: Record<string, unknown>) =>
  fetch(`${backend.url}/api/v3/policy/submit/${slug}/`, {
    method: "POST",
    headers: { accept: "application/json", "content-type": "application/json", "accept-language": language },
    body: JSON.stringify({
      policy_number: null,
      form: { form_id: formId, fields: Object.entries(answers).map(([name, value]) => ({ name, value })) },
    }),
  });
type Field = { name: string; errors?: string[] };
const errorsOf = async (reply: Response) =>
  Object.fromEntries(((await reply.json()).form.fields as Field[]).map((f) => [f.name, f.errors ?? []]));

describe("the submit loop's errors in the language asked for", () => {
  const bike = validAnswers.bicycle[0][1];

  it("words the rules engine's field errors in Arabic, naming each field by its Arabic title", async () => {
    const reply = await submit("bicycle", "ar", "bike", { ...bike, make: "", value: "60000.00" });
    expect(reply.headers.get("content-language")).toBe("ar");
    const errors = await errorsOf(reply);
    expect(errors.make).toEqual(["أدخل «الشركة المصنّعة»."]);
    expect(errors.value[0]).toMatch(/^يجب ألا يزيد «كم تبلغ قيمة الدراجة؟» على /);
    expect(errors.model).toEqual([]);
  });

  it("declines in Arabic with the product's own reason in Arabic", async () => {
    const reply = await submit("bicycle", "ar-SA,ar;q=0.9", "bike", { ...bike, value: "20000.00" });
    expect(reply.headers.get("content-language")).toBe("ar");
    const body = await reply.json();
    expect(body.next_action).toBe("rejected");
    expect(body.description.title).toBe("لا يمكننا أن نقدّم لك التغطية");
    expect(body.description.content).toMatch(/^نأسف، لا يمكننا تغطية إلا الدراجات .* لم يُخصم منك أي مبلغ\.$/);
    // Asked again later (the quote's state), the same sentence in the language asked for then.
    const state = await fetch(`${backend.url}/api/v3/policy/submit/bicycle/?policy_number=${body.policy_number}`, {
      headers: { accept: "application/json", "accept-language": "en", "x-quote-token": body.quote_token },
    });
    expect((await state.json()).description.content).toMatch(/^Sorry, we can only cover bikes worth up to £15,000/);
  });

  it("answers in English for a product without Arabic, and says so", async () => {
    const [formId, trip] = validAnswers.travel[0];
    const reply = await submit("travel", "ar", formId, { ...trip, destination: "" });
    expect(reply.headers.get("content-language")).toBe("en");
    expect((await errorsOf(reply)).destination).toEqual([expect.stringMatching(/^Choose /)]);
  });

  it("answers in English when English is asked for (the engine's language is put back)", async () => {
    await submit("bicycle", "ar", "bike", { ...bike, make: "" });
    const reply = await submit("bicycle", "en-GB", "bike", { ...bike, make: "" });
    expect(reply.headers.get("content-language")).toBe("en");
    expect((await errorsOf(reply)).make).toEqual(["Enter make."]);
  });
});
