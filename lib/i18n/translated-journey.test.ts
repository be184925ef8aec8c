import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTINUE_PROBLEMS, continueProblemResponse, serviceProblem } from "@/lib/agent/continue-page";
import { componentFiles, hardCoded } from "./hard-coded";

/** Every page and component of buying, continuing, embedding and their problems: each word from a catalogue. */
const TRANSLATED = [
  ...componentFiles(
    "app/continue",
    "app/quote",
    "app/products",
    "app/embed",
    "components/journey",
    "components/form",
    "components/ui",
    "components/embed",
  ),
  "app/page.tsx",
  "app/layout.tsx",
  "app/not-found.tsx",
];

describe("no hard-coded English in the journey, the continue links, the embed and their problem pages", () => {
  it("finds the files", () => {
    expect(TRANSLATED).toContain("app/continue/[signed]/page.tsx");
    expect(TRANSLATED).toContain("components/journey/not-found-view.tsx");
    expect(TRANSLATED.length).toBeGreaterThan(60);
  });
  for (const file of TRANSLATED) {
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

describe("a continue link's problem page (a whole document from a route handler)", () => {
  it("is in the person's language, right to left in Arabic, with the real status", async () => {
    const res = continueProblemResponse(CONTINUE_PROBLEMS.invalid, "ar");
    expect(res.status).toBe(403);
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("<h1>هذا الرابط غير صالح أو انتهت صلاحيته</h1>");
    expect(html).toContain('<a href="/">ابدأ عرض سعر جديدًا</a>');
    expect(html).not.toMatch(/What you can do next|Harbour Insurance/);
  });
  it("shows the API's own sentence for a service problem, and English by default", async () => {
    const html = await continueProblemResponse(serviceProblem(502, "Down <now>", "/continue/x"), "en").text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("<h1>We can&#39;t open your quote right now</h1>");
    expect(html).toContain("<p>Down &lt;now&gt;</p>");
    expect(html).toContain('<a href="/continue/x">Try again</a>');
  });
});
