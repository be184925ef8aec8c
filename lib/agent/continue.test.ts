import { beforeEach, describe, expect, it, vi } from "vitest";
import { translator } from "@/lib/i18n/catalogue";
import type { Session } from "@/lib/session";

const answer = vi.hoisted(() => ({ next: (): Promise<Response> => Promise.reject(new Error("unset")) }));
vi.mock("@/lib/upstream", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/upstream")>()),
  upstream: () => answer.next(),
}));

const { openContinueLink } = await import("./continue");
const session = { quotes: {} } as unknown as Session;
const arabic = translator("ar", "errors");
const open = () => openContinueLink("signed", session, undefined, arabic);

describe("opening a continue link: the web app's own sentences in the page's language", () => {
  beforeEach(() => {
    answer.next = () => Promise.reject(new Error("unset"));
  });

  it("an error without the API's words, an unreadable answer, a slow API", async () => {
    answer.next = async () => new Response("<h1>oops</h1>", { status: 500 });
    expect(await open()).toEqual({ kind: "problem", status: 502, detail: "ردّت خدمة الوثائق بخطأ (HTTP 500)." });
    answer.next = async () => Response.json({ unexpected: true });
    expect(await open()).toEqual({
      kind: "problem",
      status: 502,
      detail: "أرسلت خدمة الوثائق ردًا تعذّرت علينا قراءته.",
    });
    answer.next = () => Promise.reject(new DOMException("slow", "TimeoutError"));
    expect(await open()).toMatchObject({ status: 504, detail: arabic("slow") });
    expect(arabic("slow")).toMatch(/^تستغرق خدمة الوثائق/);
  });

  it("keeps the API's own sentence for a refusal", async () => {
    answer.next = async () => Response.json({ detail: "Link already used.", code: "conflict" }, { status: 409 });
    expect(await open()).toEqual({ kind: "problem", status: 409, detail: "Link already used." });
  });
});
