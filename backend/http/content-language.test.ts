import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";

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
