import { expect, it } from "vitest";
import { validateForm } from "./validate-form";
import { ctx, field, single } from "./test-fields";

const start = field("date", { title: "Trip start date", rules: { min_date: "today", max_date: "+1y" } });
const birth = field("date", { title: "Date of birth", rules: { max_date: "-18y", min_date: "1900-01-01" } });
const loose = field("date", { title: "Date", rules: { min_date: "whenever" } });
const docs = field("async_file", { title: "Receipts", rules: { type: "List", min: 1, max: 2 } });
const ref = (id: string) => ({ id, name: `${id}.pdf` });

it.each([
  ["date ok", start, "2026-12-01", [], "2026-12-01"],
  ["date today is the minimum", start, "2026-11-23", [], "2026-11-23"],
  [
    "date before relative min",
    start,
    "2026-11-22",
    ["Trip start date must be on or after 23 November 2026."],
    "2026-11-22",
  ],
  [
    "date after relative max",
    start,
    "2027-11-24",
    ["Trip start date must be on or before 23 November 2027."],
    "2027-11-24",
  ],
  ["date under 18", birth, "2008-11-24", ["Date of birth must be on or before 23 November 2008."], "2008-11-24"],
  ["date exactly 18", birth, "2008-11-23", [], "2008-11-23"],
  [
    "date before absolute min",
    birth,
    "1899-12-31",
    ["Date of birth must be on or after 1 January 1900."],
    "1899-12-31",
  ],
  [
    "date not a calendar date",
    start,
    "2026-02-30",
    ["Trip start date must be a real date, e.g. 2026-11-23."],
    "2026-02-30",
  ],
  ["date wrong format", start, "23/11/2026", ["Trip start date must be a real date, e.g. 2026-11-23."], "23/11/2026"],
  [
    "date with time",
    start,
    "2026-11-23T10:00:00Z",
    ["Trip start date must be a real date, e.g. 2026-11-23."],
    "2026-11-23T10:00:00Z",
  ],
  ["date number", start, 20261123, ["Trip start date must be a real date, e.g. 2026-11-23."], 20261123],
  ["date unparseable rule ignored", loose, "1999-01-01", [], "1999-01-01"],
  ["date empty optional", start, "", [], null],
  [
    "date required",
    field("date", { title: "Your date of birth", required: true }),
    null,
    ["Enter your date of birth."],
    null,
  ],
  ["files ok", docs, [ref("f1")], [], [ref("f1")]],
  ["files extra keys dropped", docs, [{ ...ref("f1"), size: 3 }], [], [ref("f1")]],
  [
    "files too many",
    docs,
    [ref("a"), ref("b"), ref("c")],
    ["Upload at most 2 files for receipts."],
    [ref("a"), ref("b"), ref("c")],
  ],
  [
    "files too few",
    field("async_file", { title: "Photos", rules: { min: 2 } }),
    [ref("a")],
    ["Upload at least 2 files for photos."],
    [ref("a")],
  ],
  [
    "files bad item",
    docs,
    [{ id: "", name: "x" }],
    ["Receipts must be a list of uploaded files."],
    [{ id: "", name: "x" }],
  ],
  ["files not a list", docs, "f1", ["Receipts must be a list of uploaded files."], "f1"],
  ["files empty optional despite min", docs, [], [], []],
  [
    "files required",
    field("async_file", { title: "Proof of purchase", required: true }),
    null,
    ["Upload proof of purchase."],
    [],
  ],
  ["hidden keeps the definition value", field("hidden", { value: "campaign-7" }), "tampered", [], "campaign-7"],
  ["hidden without value", field("hidden"), "tampered", [], null],
  [
    "read_only keeps the definition value",
    field("text", { value: "ABC", read_only: true, required: true }),
    "XYZ",
    [],
    "ABC",
  ],
  ["read_only without value", field("number", { read_only: true }), 5, [], null],
  ["unknown type passes through", field("signature", { required: true }), { strokes: [1, 2] }, [], { strokes: [1, 2] }],
  ["unknown type missing", field("signature", { required: true }), undefined, [], null],
])("%s", (_label, def, value, errors, normalised) => {
  expect(single(def, value)).toEqual({ errors, value: normalised });
});

it("never validates or returns content fields", () => {
  const content = field("content", { name: "intro", content: "Read this", required: true });
  const result = validateForm({ fields: [content] }, { intro: "x" }, ctx);
  expect(result).toEqual({ ok: true, values: {}, fieldErrors: {}, itemErrors: [], formErrors: [] });
});
