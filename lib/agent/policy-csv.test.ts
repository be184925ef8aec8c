import { describe, expect, it, vi } from "vitest";
import type { ListRequest } from "./search-params";

const postJson = vi.fn();
vi.mock("@/lib/api", () => ({ postJson }));
const { EXPORT_PAGE_SIZE, policyCsv } = await import("./policy-csv");
const { parseSearch } = await import("./search-params");

const policy = (n: number) => ({ policy_number: `P${n}`, premium: null });
const full = (from: number) => Array.from({ length: EXPORT_PAGE_SIZE }, (_, i) => policy(from + i));
const asked = () => postJson.mock.calls.map(([, , body]) => body as ListRequest & { cursor?: string });

async function readAll(stream: ReadableStream<Uint8Array>) {
  const text = await new Response(stream).text();
  return text.split("\r\n").filter(Boolean).length - 1;
}

describe("the policy CSV export", () => {
  it("goes on from each page's next_cursor when the API gives one", async () => {
    postJson.mockReset();
    postJson
      .mockResolvedValueOnce({ policies: full(0), next_cursor: "c1" })
      .mockResolvedValueOnce({ policies: full(1000), next_cursor: "c2" })
      .mockResolvedValueOnce({ policies: [policy(2000)] });
    const rows = await readAll(await policyCsv(parseSearch(new URLSearchParams("name=a")), {} as never));
    expect(rows).toBe(2001);
    expect(asked().map((b) => [b.page, b.cursor])).toEqual([
      [1, undefined],
      [2, "c1"],
      [3, "c2"],
    ]);
  });

  it("pages by number with a backend that gives no cursor", async () => {
    postJson.mockReset();
    postJson.mockResolvedValueOnce({ policies: full(0) }).mockResolvedValueOnce({ policies: [] });
    expect(await readAll(await policyCsv(parseSearch(new URLSearchParams()), {} as never))).toBe(1000);
    expect(asked().map((b) => [b.page, b.cursor, b.no_count])).toEqual([
      [1, undefined, true],
      [2, undefined, true],
    ]);
  });
});
