import { describe, expect, it, vi } from "vitest";
import type { FormCheck, FormValues } from "@/lib/form-values";
import { FieldStore } from "./field-store";
import { valueAt, withValueAt } from "./value-paths";

/** Refuses a blank `name`, as the rules engine would; counts its runs. */
const check = vi.fn((values: FormValues): FormCheck =>
  values.name ? { ok: true, answers: { name: values.name } } : { ok: false, errors: { name: ["Enter a name."] } },
);
const storeOf = (values: FormValues) => new FieldStore(values, {}, check);

describe("value paths", () => {
  it("reads and writes inside groups, copying only the path it took", () => {
    const before = { name: "Ann", kids: [{ age: 3 }, { age: 5 }], other: { x: 1 } };
    const after = withValueAt(before, "kids.1.age", 6);
    expect(valueAt(after, "kids.1.age")).toBe(6);
    expect(valueAt(before, "kids.1.age")).toBe(5);
    expect(after.kids).not.toBe(before.kids);
    expect((after.kids as unknown[])[0]).toBe(before.kids[0]);
    expect(after.other).toBe(before.other);
    expect(valueAt(after, "missing.0.age")).toBeUndefined();
    expect(withValueAt({}, "list.0.a", 1)).toEqual({ list: [{ a: 1 }] });
  });
});

describe("FieldStore", () => {
  it("tells a path's listeners of its edits, and no other field's", () => {
    const store = storeOf({ name: "", kids: [{ age: 3 }] });
    const heard: string[] = [];
    store.subscribeValue("name", () => heard.push("name"));
    store.subscribeValue("kids.0.age", () => heard.push("age"));
    store.subscribeValue("kids", () => heard.push("kids"));
    store.set("name", "A");
    store.set("kids.0.age", 4);
    expect(heard).toEqual(["name", "age", "kids"]);
    heard.length = 0;
    store.set("name", "A");
    expect(heard).toEqual([]);
  });

  it("shows messages from a submit on, and checks every edit after it", async () => {
    const store = storeOf({ name: "" });
    check.mockClear();
    store.set("name", "x");
    store.set("name", "");
    expect(check).not.toHaveBeenCalled();
    expect(store.messages("name")).toEqual([]);

    const send = vi.fn(async () => {});
    const refused = vi.fn();
    await store.submit(send, refused);
    expect(refused).toHaveBeenCalledOnce();
    expect(send).not.toHaveBeenCalled();
    expect(store.messages("name")).toEqual(["Enter a name."]);

    const told = vi.fn();
    store.subscribeMessages(told);
    store.set("other", "x");
    expect(told).not.toHaveBeenCalled();
    expect(store.clientErrors()).toEqual({ name: ["Enter a name."] });
    store.set("name", "Ann");
    expect(told).toHaveBeenCalledOnce();
    expect(store.messages("name")).toEqual([]);
    await store.submit(send, refused);
    expect(send).toHaveBeenCalledWith({ name: "Ann" });
  });

  it("leaves the next step unchecked when the answers sent bring it", async () => {
    const store = storeOf({ name: "Ann" });
    await store.submit(async () => store.reset({ name: "" }), vi.fn());
    store.set("name", "B");
    store.set("name", "");
    expect(store.messages("name")).toEqual([]);
  });

  it("is submitting while the answers are being sent", async () => {
    const store = storeOf({ name: "Ann" });
    const seen: boolean[] = [];
    store.subscribeStatus(() => seen.push(store.isSubmitting()));
    let during = false;
    await store.submit(async () => {
      during = store.isSubmitting();
    }, vi.fn());
    expect(during).toBe(true);
    expect(seen).toEqual([true, false]);
  });

  it("keeps each group item's key through adds and removes", () => {
    const store = storeOf({ kids: [{ age: 1 }, { age: 2 }] });
    const [first, second] = store.items("kids");
    expect(store.items("kids")).toBe(store.items("kids"));
    store.addItem("kids", { age: 3 });
    const third = store.items("kids")[2];
    expect(new Set([first, second, third]).size).toBe(3);
    store.removeItem("kids", 0);
    expect(store.items("kids")).toEqual([second, third]);
    expect(store.value("kids")).toEqual([{ age: 2 }, { age: 3 }]);
  });

  it("starts over on a reset: new values, no messages, every field told", async () => {
    const store = storeOf({ name: "" });
    await store.submit(vi.fn(), vi.fn());
    const heard: Array<string | null> = [];
    store.subscribeChanges((path) => heard.push(path));
    store.reset({ name: "" });
    expect(store.messages("name")).toEqual([]);
    store.set("name", "B");
    store.set("name", "");
    expect(store.messages("name")).toEqual([]);
    expect(heard).toEqual([null, "name", "name"]);
  });
});
