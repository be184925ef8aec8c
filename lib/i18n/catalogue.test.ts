import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatMessage, placeholders } from "@/contract/format/message";
import { CATALOGUES, translator } from "./catalogue";
import { hardCoded } from "./hard-coded";
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

/** The journey's components and pages: every word they write comes from a catalogue. */
const JOURNEY = [
  "app/layout.tsx",
  "app/page.tsx",
  "app/quote/[policy]/review/page.tsx",
  "app/quote/[policy]/payment/page.tsx",
  "components/form/form-renderer.tsx",
  "components/form/error-summary.tsx",
  "components/form/fields/group-field.tsx",
  "components/form/fields/async-file-field.tsx",
  "components/form/fields/select-field.tsx",
  "components/form/fields/unknown-field.tsx",
  "components/ui/field-shell.tsx",
  "components/ui/step-indicator.tsx",
  "components/journey/step-view.tsx",
  "components/journey/step-view-body.tsx",
  "components/journey/step-form.tsx",
  "components/journey/price-panel.tsx",
  "components/journey/display-panel.tsx",
  "components/journey/email-continue-link.tsx",
  "components/journey/product-card.tsx",
  "components/journey/product-intro.tsx",
  "components/journey/terms-details.tsx",
  "components/journey/policy-summary.tsx",
  "components/journey/document-links.tsx",
  "components/journey/payment-chooser.tsx",
];

describe("no hard-coded English in the journey", () => {
  for (const file of JOURNEY) {
    it(file, () => {
      expect(hardCoded(readFileSync(file, "utf8"))).toEqual([]);
    });
  }
  it("the heuristic finds English text", () => {
    expect(hardCoded(`<h2 className="x">There is a problem</h2><Card title="Confirm and buy">`)).toEqual([
      "There is a problem",
      "Confirm and buy",
    ]);
  });
});
