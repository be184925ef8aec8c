import { afterEach, describe, expect, it, vi } from "vitest";
import { askAhead, takeAhead } from "./meta-ahead";

const caller = { slug: "bicycle", language: "en", bearer: "B1" };
const answer = (text: string) => Promise.resolve(new Response(text));

afterEach(() => vi.useRealTimers());

describe("the product's meta asked for ahead of the next step's page", () => {
  it("is taken once, by a caller of the same product, language and bearer", async () => {
    askAhead(caller, () => answer("meta"));
    expect(takeAhead({ ...caller, language: "de" })).toBeNull();
    expect(takeAhead({ ...caller, bearer: undefined })).toBeNull();
    expect(takeAhead({ ...caller, slug: "travel" })).toBeNull();
    expect(await (await takeAhead(caller))?.text()).toBe("meta");
    expect(takeAhead(caller)).toBeNull(); // a reload asks the backend
  });

  it("lasts a few seconds only, and an answer nobody took is let go", async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ["Date"] });
    const res = new Response("meta");
    const cancel = vi.spyOn(res.body!, "cancel");
    askAhead(caller, () => Promise.resolve(res));
    vi.setSystemTime(1_000_000 + 11_000);
    expect(takeAhead(caller)).toBeNull();
    await vi.waitFor(() => expect(cancel).toHaveBeenCalled());
  });

  it("keeps the newest answer for a caller, letting the one before go", async () => {
    const first = new Response("old");
    const cancel = vi.spyOn(first.body!, "cancel");
    askAhead(caller, () => Promise.resolve(first));
    askAhead(caller, () => answer("new"));
    expect(await (await takeAhead(caller))?.text()).toBe("new");
    await vi.waitFor(() => expect(cancel).toHaveBeenCalled());
  });

  it("hands a failure to the taker to read, raising nothing meanwhile", async () => {
    askAhead(caller, () => Promise.reject(new TypeError("fetch failed")));
    await new Promise((r) => setTimeout(r, 0));
    await expect(takeAhead(caller)).rejects.toThrow("fetch failed");
  });
});
