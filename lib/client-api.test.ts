import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { callApi, OFFLINE, UNREADABLE } from "./client-api";
import { translator } from "./i18n/catalogue";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
function answer(res: Response | Error) {
  const fetch = vi.fn(async () => {
    if (res instanceof Error) throw res;
    return res;
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe("callApi", () => {
  it("posts JSON same-origin, uncached, with If-Match, and returns the parsed data", async () => {
    const fetch = answer(json({ policy_number: "HB1", extra: true }, 201));
    const res = await callApi("/api/v3/x/", z.object({ policy_number: z.string() }), { body: { a: 1 }, ifMatch: "v1" });
    expect(res).toEqual({ ok: true, status: 201, data: { policy_number: "HB1" } });
    expect(fetch).toHaveBeenCalledWith("/api/v3/x/", {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/json",
        "if-match": "v1",
        "idempotency-key": expect.any(String),
      },
      body: JSON.stringify({ a: 1 }),
      credentials: "same-origin",
      cache: "no-store",
    });
  });

  it("GETs without a body unless told otherwise, and reads a 204 as null", async () => {
    const fetch = answer(new Response(null, { status: 204 }));
    expect(await callApi("/api/v3/logout/", z.null(), { method: "POST" })).toEqual({
      ok: true,
      status: 204,
      data: null,
    });
    const headers = { accept: "application/json", "idempotency-key": expect.any(String) };
    const sent = expect.objectContaining({ method: "POST", headers, body: undefined });
    expect(fetch.mock.calls[0]).toEqual(["/api/v3/logout/", sent]);
    answer(json({}));
    await callApi("/api/v3/y/", z.unknown());
    expect(vi.mocked(globalThis.fetch).mock.calls[0][1]).toMatchObject({ method: "GET" });
  });

  it("sends a new Idempotency-Key per action (or the one given for a retry), none on a plain GET", async () => {
    const fetch = answer(json({}));
    type Call = [string, { headers: Record<string, string> }];
    const keyOf = (i: number) => (fetch.mock.calls[i] as unknown as Call)[1].headers["idempotency-key"];
    await callApi("/api/v3/a/", z.unknown(), { body: {} });
    await callApi("/api/v3/a/", z.unknown(), { body: {} });
    await callApi("/api/v3/a/", z.unknown(), { body: {}, idempotencyKey: "retry-1" });
    await callApi("/api/v3/payment/token/?policy_number=HB1", z.unknown());
    await callApi("/api/v3/products/", z.unknown());
    expect(keyOf(0)).toMatch(/^[0-9a-f-]{36}$/);
    expect(keyOf(1)).not.toBe(keyOf(0));
    expect(keyOf(2)).toBe("retry-1");
    expect(keyOf(3)).toEqual(expect.any(String));
    expect(keyOf(4)).toBeUndefined();
  });

  it("gives the contract's detail sentence and the whole error body", async () => {
    answer(json({ detail: "Only an active policy can be cancelled.", code: "conflict" }, 409));
    expect(await callApi("/api/v3/x/", z.unknown(), { body: {} })).toEqual({
      ok: false,
      status: 409,
      detail: "Only an active policy can be cancelled.",
      body: { detail: "Only an active policy can be cancelled.", code: "conflict" },
    });
  });

  it("keeps a 412's fresh policy in the body", async () => {
    const policy = { version_id: "v2", status: "Active" };
    answer(json({ detail: "Policy HB1 was changed by someone else.", code: "precondition_failed", policy }, 412));
    const res = await callApi("/api/v3/x/", z.unknown(), { body: {}, ifMatch: "v1" });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.status).toBe(412);
    expect(res.detail).toBe("Policy HB1 was changed by someone else.");
    expect((res.body as { policy: unknown }).policy).toEqual(policy);
  });

  it("falls back to a sentence with the status when the error body isn't the contract's", async () => {
    answer(new Response("<h1>Bad gateway</h1>", { status: 502 }));
    expect(await callApi("/api/v3/x/", z.unknown())).toEqual({
      ok: false,
      status: 502,
      detail: "Something went wrong (error 502). Please try again.",
      body: null,
    });
  });

  it("says so when the app can't be reached", async () => {
    answer(new TypeError("Failed to fetch"));
    expect(await callApi("/api/v3/x/", z.unknown())).toEqual({ ok: false, status: 0, detail: OFFLINE, body: null });
  });

  it("refuses a 2xx it cannot read, keeping what came", async () => {
    answer(json({ unexpected: true }));
    expect(await callApi("/api/v3/x/", z.object({ policy_number: z.string() }))).toEqual({
      ok: false,
      status: 200,
      detail: UNREADABLE,
      body: { unexpected: true },
    });
    answer(new Response("not json", { status: 200 }));
    expect(await callApi("/api/v3/x/", z.object({ policy_number: z.string() }))).toEqual({
      ok: false,
      status: 200,
      detail: UNREADABLE,
      body: null,
    });
  });

  it("writes its own sentences in the words it is given, the API's as it sent them", async () => {
    const words = translator("ar", "ui");
    answer(new TypeError("Failed to fetch"));
    expect(await callApi("/api/v3/x/", z.unknown(), { words })).toMatchObject({
      status: 0,
      detail: "تعذّر علينا الوصول إلى هاربر للتأمين. تحقّق من اتصالك وحاول مرة أخرى.",
    });
    answer(new Response("<h1>Bad gateway</h1>", { status: 502 }));
    expect(await callApi("/api/v3/x/", z.unknown(), { words })).toMatchObject({
      status: 502,
      detail: "حدث خطأ ما (الخطأ 502). يُرجى المحاولة مرة أخرى.",
    });
    answer(json({ unexpected: true }));
    expect(await callApi("/api/v3/x/", z.object({ policy_number: z.string() }), { words })).toMatchObject({
      detail: "وصلنا ردّ تعذّرت علينا قراءته. يُرجى إعادة تحميل الصفحة لمعرفة ما آلت إليه الأمور.",
    });
    answer(json({ detail: "Policy not found.", code: "not_found" }, 404));
    expect(await callApi("/api/v3/x/", z.unknown(), { words })).toMatchObject({ detail: "Policy not found." });
  });

  it("says in English without words what the English catalogue says", () => {
    const english = translator("en", "ui");
    expect([english("offline"), english("unreadable")]).toEqual([OFFLINE, UNREADABLE]);
    expect(english("callFailed", { status: 502 })).toBe("Something went wrong (error 502). Please try again.");
  });
});
