import { describe, expect, it } from "vitest";
import { formatMessage, placeholders } from "@/contract/format/message";
import { CATALOGUES, translator } from "./catalogue";
import { chosenLocaleOf, LOCALES, localeOf, negotiate } from "./locales";

const english = CATALOGUES.en as unknown as Record<string, Record<string, string>>;

describe("message catalogues", () => {
  for (const locale of LOCALES) {
    const catalogue = CATALOGUES[locale] as unknown as Record<string, Record<string, string>>;
    it(`${locale} has every namespace and key English has, and no others`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
      for (const namespace of Object.keys(english)) {
        expect(Object.keys(catalogue[namespace]).sort(), namespace).toEqual(Object.keys(english[namespace]).sort());
      }
    });
    it(`${locale}: each message names the same placeholders as the English one, and none is empty`, () => {
      for (const [namespace, messages] of Object.entries(english)) {
        for (const [key, template] of Object.entries(messages)) {
          const own = catalogue[namespace][key];
          expect(own.trim(), `${namespace}.${key}`).not.toBe("");
          expect(placeholders(own), `${namespace}.${key}`).toEqual(placeholders(template));
        }
      }
    });
  }
});

describe("formatMessage", () => {
  it("fills placeholders and chooses plural forms by the language's rules", () => {
    const files = "{n, plural, one {# file} other {# files}} for {field}";
    expect(formatMessage(files, { n: 1, field: "proof" }, "en-GB")).toBe("1 file for proof");
    expect(formatMessage(files, { n: 3, field: "proof" }, "en-GB")).toBe("3 files for proof");
    const ar = "{n, plural, one {ملف واحد} two {ملفان} few {# ملفات} other {# ملف}}";
    expect(formatMessage(ar, { n: 2 }, "ar-u-nu-latn")).toBe("ملفان");
    expect(formatMessage(ar, { n: 5 }, "ar-u-nu-latn")).toBe("5 ملفات");
    expect(formatMessage("{n, plural, =0 {none} other {#}}", { n: 0 })).toBe("none");
  });
  it("translates the rules engine's messages in Arabic", () => {
    expect(translator("ar", "step")("stepOf", { n: 2, total: 3 })).toBe("الخطوة 2 من 3");
  });
});

describe("negotiate", () => {
  it("takes the best of our languages from Accept-Language, else English", () => {
    expect(negotiate("ar-SA,ar;q=0.9,en;q=0.8")).toBe("ar");
    expect(negotiate("fr-FR, en;q=0.5, ar;q=0.7")).toBe("ar");
    expect(negotiate("de")).toBe("en");
    expect(negotiate(null)).toBe("en");
  });
  it("prefers the switcher's cookie to the browser's header", () => {
    const headers = new Headers({ cookie: "a=1; locale=en", "accept-language": "ar" });
    expect(localeOf(headers)).toBe("en");
    expect(localeOf(new Headers({ "accept-language": "ar" }))).toBe("ar");
    expect(chosenLocaleOf(new Headers({ cookie: "locale=xx", "accept-language": "ar" }))).toBeUndefined();
  });
});
