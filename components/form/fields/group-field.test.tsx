import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, makeForm, renderForm } from "../testing";

function travellers(extra: Record<string, unknown> = {}) {
  return field("group", "travellers", {
    title: "Travellers",
    rules: { min: 1, max: 2 },
    fields: [
      { type: "text", name: "first_name", title: "First name", required: true },
      {
        type: "radio",
        name: "adult",
        title: "Adult?",
        choices: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
      },
      { type: "number", name: "age", title: "Age", show_if: { field: "adult", equals: "no" } },
    ],
    ...extra,
  });
}

describe("group", () => {
  it("starts with its minimum items, adds and removes within min/max, and moves focus", async () => {
    const { user } = renderForm([travellers()]);
    const group = screen.getByRole("group", { name: "Travellers" });
    expect(within(group).getByRole("group", { name: "Traveller 1" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Remove traveller 1" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Add another traveller" }));
    const second = screen.getByRole("group", { name: "Traveller 2" });
    expect(within(second).getByLabelText("First name")).toHaveFocus();
    expect(screen.queryByRole("button", { name: /Add another/ })).not.toBeInTheDocument();
    expect(screen.getByText("You can add up to 2.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Remove traveller 2" }));
    expect(screen.queryByRole("group", { name: "Traveller 2" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "Traveller 1" })).getByLabelText("First name")).toHaveFocus();
  });

  it("shows sub-fields by the item's own answers and submits each item", async () => {
    const { user, submit, onSubmit } = renderForm([travellers()]);
    const first = screen.getByRole("group", { name: "Traveller 1" });
    await user.type(within(first).getByLabelText("First name"), "Ann");
    expect(within(first).queryByLabelText("Age")).not.toBeInTheDocument();
    await user.click(within(first).getByRole("radio", { name: "No" }));
    await user.type(within(first).getByLabelText("Age"), "9");
    await user.click(screen.getByRole("button", { name: "Add another traveller" }));
    const second = screen.getByRole("group", { name: "Traveller 2" });
    await user.type(within(second).getByLabelText("First name"), "Bo");
    await user.click(within(second).getByRole("radio", { name: "Yes" }));
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      travellers: [
        { first_name: "Ann", adult: "no", age: 9 },
        { first_name: "Bo", adult: "yes" },
      ],
    });
  });

  it("removing an item keeps the others' answers, in their boxes and in what is sent", async () => {
    const { user, submit, onSubmit } = renderForm([travellers({ rules: { min: 1, max: 3 } })]);
    for (const [n, name] of [
      [1, "Ann"],
      [2, "Bo"],
      [3, "Cy"],
    ] as const) {
      if (n > 1) await user.click(screen.getByRole("button", { name: "Add another traveller" }));
      const item = screen.getByRole("group", { name: `Traveller ${n}` });
      await user.type(within(item).getByLabelText("First name"), name);
      await user.click(within(item).getByRole("radio", { name: "Yes" }));
    }
    await user.click(screen.getByRole("button", { name: "Remove traveller 2" }));
    const names = screen.getAllByLabelText("First name").map((box) => (box as HTMLInputElement).value);
    expect(names).toEqual(["Ann", "Cy"]);
    expect(
      within(screen.getByRole("group", { name: "Traveller 2" })).getByRole("radio", { name: "Yes" }),
    ).toBeChecked();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({
      travellers: [
        { first_name: "Ann", adult: "yes" },
        { first_name: "Cy", adult: "yes" },
      ],
    });
  });

  it("shows the group's own errors on the group and item errors on the item's field", async () => {
    const { user, submit, onSubmit } = renderForm([travellers({ required: true, rules: { max: 3 } })]);
    await submit();
    const group = screen.getByRole("group", { name: "Travellers" });
    expect(group).toHaveAccessibleDescription("(required) Error: Add at least one item to travellers.");
    expect(
      within(screen.getByRole("alert")).getByRole("link", { name: "Add at least one item to travellers." }),
    ).toHaveAttribute("href", `#${group.id}`);
    await user.click(screen.getByRole("button", { name: "Add a traveller" }));
    await submit();
    const name = within(screen.getByRole("group", { name: "Traveller 1" })).getByLabelText("First name");
    expect(name).toHaveAccessibleDescription("Error: Enter first name.");
    const summary = screen.getByRole("alert");
    expect(within(summary).getByRole("link", { name: "Traveller 1: Enter first name." })).toHaveAttribute(
      "href",
      `#${name.id}`,
    );
    await user.type(name, "Ann");
    expect(name).not.toHaveAttribute("aria-invalid");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ travellers: [{ first_name: "Ann", adult: null }] });
  });

  it("shows the server's item_errors on the item's field, and the summary's link moves focus there", async () => {
    const group = travellers({
      value: [{ first_name: "Ann", adult: "yes" }],
      errors: ["Too many travellers for this cover."],
      item_errors: [{ index: 0, name: "first_name", errors: ["Names must match the passport."] }],
    });
    const { user } = renderForm([], { form: makeForm([group]) });
    expect(screen.getByRole("group", { name: "Travellers" })).toHaveAccessibleDescription(
      "Error: Too many travellers for this cover.",
    );
    expect(screen.getByLabelText("First name")).toHaveAccessibleDescription("Error: Names must match the passport.");
    const summary = screen.getByRole("alert");
    expect(summary).toHaveFocus();
    await user.click(within(summary).getByRole("link", { name: /^Traveller 1: .*Names must match the passport\.$/ }));
    expect(screen.getByLabelText("First name")).toHaveFocus();
  });
});
