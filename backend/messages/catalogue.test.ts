import { describe, expect, it } from "vitest";
import { placeholders } from "../../contract/format/message";
import { CATALOGUES, say } from "./index";
import { en } from "./en";

describe("the backend's message catalogues", () => {
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale}: every English key, with the same placeholders, none empty`, () => {
      for (const [namespace, templates] of Object.entries(en)) {
        const own = catalogue[namespace as keyof typeof en] as Record<string, string>;
        expect(Object.keys(own).sort(), namespace).toEqual(Object.keys(templates).sort());
        for (const [key, template] of Object.entries(templates)) {
          expect(own[key].trim(), `${namespace}.${key}`).not.toBe("");
          expect(placeholders(own[key]), `${namespace}.${key}`).toEqual(placeholders(template));
        }
      }
    });
  }

  it("words plurals by each language's rules, digits Latin in Arabic", () => {
    const params = { tries: 2, number: 3, product: "P", policyNumber: "N", amount: "£1", date: "d" };
    expect(say("en", "email", "missedBody", params)).toMatch(/^We tried 2 times to take instalment 3/);
    expect(say("ar", "email", "missedBody", params)).toMatch(/^حاولنا مرتين تحصيل القسط 3/);
    expect(say("ar", "email", "missedBody", { ...params, tries: 5 })).toMatch(/^حاولنا 5 مرات/);
  });
});
