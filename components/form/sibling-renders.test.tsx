import { screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { field, renderForm } from "./testing";

// Every field component sets itself up with fieldControl once per render: counting its calls by path counts renders.
const renders = new Map<string, number>();
vi.mock("./field-control", async (importOriginal) => {
  const original = await importOriginal<typeof import("./field-control")>();
  return {
    ...original,
    fieldControl: (...args: Parameters<typeof original.fieldControl>) => {
      renders.set(args[1], (renders.get(args[1]) ?? 0) + 1);
      return original.fieldControl(...args);
    },
  };
});

const choices = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];
const fields = () => [
  field("text", "full_name", { title: "Full name" }),
  field("email", "email", { title: "Email" }),
  field("number", "age", { title: "Age" }),
  field("decimal", "worth", { title: "Worth" }),
  field("date", "start", { title: "Start" }),
  field("textarea", "notes", { title: "Notes" }),
  field("select", "colour", { title: "Colour", choices }),
  field("radio", "claims", { title: "Any claims?", choices }),
  field("multiselect", "extras", { title: "Extras", choices }),
  field("checkbox", "agree", { title: "I agree" }),
  field("text", "claim_detail", { title: "Claim detail", show_if: { field: "claims", equals: "yes" } }),
];

describe("typing in one field", () => {
  beforeEach(() => renders.clear());

  it("re-renders none of its siblings, nor itself: the box holds the text", async () => {
    const { user } = renderForm(fields());
    expect(renders.size).toBe(fields().length - 1); // all but the hidden claim_detail mounted
    const before = new Map(renders);
    await user.type(screen.getByLabelText("Full name"), "Ann Lee");
    await user.click(screen.getByLabelText("Yes", { selector: "input[type=checkbox]" }));
    const rerendered = [...renders].filter(([path, n]) => n !== before.get(path)).map(([path]) => path);
    expect(rerendered).toEqual(["extras"]);
  });

  it("after a failed submit, re-renders only the field whose message an edit clears", async () => {
    const required = fields().map((f) => ({ ...f, required: true }));
    const { user, submit } = renderForm(required);
    await submit();
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    const before = new Map(renders);
    await user.type(screen.getByLabelText("Full name"), "Ann Lee");
    const rerendered = [...renders].filter(([path, n]) => n !== before.get(path)).map(([path]) => path);
    expect(rerendered).toEqual(["full_name"]);
  });

  it("re-renders only the answered question and the field its show_if reveals when its question is answered", async () => {
    const { user } = renderForm(fields());
    const before = new Map(renders);
    await user.click(screen.getByLabelText("Yes", { selector: "input[type=radio]" }));
    expect(await screen.findByLabelText("Claim detail")).toBeInTheDocument();
    const rerendered = [...renders].filter(([path, n]) => n !== before.get(path)).map(([path]) => path);
    expect(rerendered.sort()).toEqual(["claim_detail", "claims"]);
  });
});
