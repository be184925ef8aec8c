import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvHeader, csvLine, csvStream, type CsvColumn } from "./csv";
import { exportFileName, POLICY_CSV_COLUMNS } from "./policy-csv";

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // Keep the byte-order mark (Response.text() would strip it).
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("csv", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\r", '"cr\r"'],
    [" padded ", '" padded "'],
    ["Zoë Ødegård", "Zoë Ødegård"],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ["+44 7700", "'+44 7700"],
    ["-1", "'-1"],
    ["@sum", "'@sum"],
    [-12.5, "-12.5"],
    [96.58, "96.58"],
    [Number.NaN, ""],
    [null, ""],
    [undefined, ""],
    [true, "true"],
    [{ a: 1 }, '"{""a"":1}"'],
  ])("%j → %s", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("ends every line with CRLF", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
  });

  const columns: CsvColumn<{ n: number }>[] = [
    { header: "Number", value: (r) => r.n },
    { header: "Label, quoted", value: (r) => `row ${r.n}` },
  ];

  it("streams the header and the first page, then asks for pages until a short one", async () => {
    const asked: number[] = [];
    const pages: Record<number, { n: number }[]> = { 2: [{ n: 3 }, { n: 4 }], 3: [{ n: 5 }] };
    const stream = csvStream(columns, [{ n: 1 }, { n: 2 }], 2, async (page) => {
      asked.push(page);
      return pages[page] ?? [];
    });
    const text = await readAll(stream);
    expect(asked).toEqual([2, 3]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1)).toBe(csvHeader(columns) + [1, 2, 3, 4, 5].map((n) => `${n},row ${n}\r\n`).join(""));
    expect(text).toContain('Number,"Label, quoted"\r\n');
  });

  it("stops after an empty page, and never asks again when the first page was short", async () => {
    let calls = 0;
    await readAll(csvStream(columns, [{ n: 1 }], 2, async () => (calls++, [])));
    expect(calls).toBe(0);
    const text = await readAll(csvStream(columns, [{ n: 1 }, { n: 2 }], 2, async () => (calls++, [])));
    expect(calls).toBe(1);
    expect(text.trim().split("\r\n")).toHaveLength(3);
  });

  it("errors the stream when a later page fails", async () => {
    const stream = csvStream(columns, [{ n: 1 }, { n: 2 }], 2, async () => {
      throw new Error("upstream down");
    });
    await expect(readAll(stream)).rejects.toThrow("upstream down");
  });

  it("names the file after the day", () => {
    expect(exportFileName(new Date("2026-03-04T10:00:00Z"))).toBe("policies-2026-03-04.csv");
  });
});

describe("policy export columns", () => {
  it("writes the premium with two decimal places, and nothing for an unpriced quote", () => {
    const premium = POLICY_CSV_COLUMNS.find((c) => c.header === "Premium")!;
    const row = (value: number | null) => premium.value({ premium: value } as Parameters<typeof premium.value>[0]);
    expect(row(128.8)).toBe("128.80");
    expect(row(56)).toBe("56.00");
    expect(row(null)).toBeNull();
  });
});
