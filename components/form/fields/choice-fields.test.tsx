import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, renderForm } from "../testing";

const COVER = [
  { value: "basic", label: "Basic" },
  { value: "plus", label: "Plus" },
  { value: "premium", label: "Premium" },
];

describe("select, radio, multiselect and checkbox", () => {
  it("select: labelled, with the choices, required", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("select", "tier", { title: "Cover level", required: true, choices: COVER }),
    ]);
    const select = screen.getByRole("combobox", { name: "Cover level" });
    await submit();
    expect(select).toHaveAccessibleDescription("Error: Choose cover level.");
    await user.selectOptions(select, "Plus");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ tier: "plus" });
  });

  it("radio: a radiogroup named by its legend", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("radio", "smoker", {
        title: "Do you smoke?",
        required: true,
        choices: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
      }),
    ]);
    const group = screen.getByRole("radiogroup", { name: "Do you smoke?" });
    await submit();
    expect(group).toHaveAttribute("aria-invalid", "true");
    expect(group).toHaveAccessibleDescription(/Error: Choose the answer to “Do you smoke\?”/);
    await user.click(screen.getByRole("radio", { name: "No" }));
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ smoker: "no" });
  });

  it("multiselect: a checkbox group that counts choices", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("multiselect", "extras", { title: "Extras", choices: COVER, rules: { min: 2, max: 2 } }),
    ]);
    const group = screen.getByRole("group", { name: "Extras" });
    await user.click(screen.getByRole("checkbox", { name: "Premium" }));
    await submit();
    expect(group).toHaveAccessibleDescription("Error: Choose at least 2 options for extras.");
    await user.click(screen.getByRole("checkbox", { name: "Basic" }));
    await user.click(screen.getByRole("checkbox", { name: "Plus" }));
    expect(group).toHaveAccessibleDescription("Error: Choose at most 2 options for extras.");
    await user.click(screen.getByRole("checkbox", { name: "Plus" }));
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ extras: ["basic", "premium"] });
  });

  it("checkbox: required means ticked", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("checkbox", "agree", { title: "I agree to the terms", required: true }),
    ]);
    const box = screen.getByRole("checkbox", { name: "I agree to the terms" });
    await submit();
    expect(box).toHaveAccessibleDescription('Error: Tick "I agree to the terms" to continue.');
    expect(onSubmit).not.toHaveBeenCalled();
    await user.click(box);
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ agree: true });
  });
});
