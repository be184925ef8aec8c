import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, renderForm } from "../testing";

describe("text, email, phone and textarea", () => {
  it("labels each control with its title and marks required in words", () => {
    renderForm([
      field("text", "first_name", {
        title: "First name",
        required: true,
        help_text: "As on your passport",
        placeholder: "e.g. Ann",
      }),
      field("email", "email", { title: "Email address" }),
      field("phone", "phone", { title: "Mobile number" }),
      field("textarea", "notes", { title: "Anything else" }),
    ]);
    const name = screen.getByRole("textbox", { name: "First name" });
    expect(name).toHaveAttribute("aria-required", "true");
    expect(name).toHaveAttribute("autocomplete", "given-name");
    expect(name).toHaveAttribute("placeholder", "e.g. Ann");
    expect(name).toHaveAccessibleDescription("As on your passport");
    expect(screen.getByText("(required)")).toBeInTheDocument();
    expect(screen.getByLabelText("Email address")).toHaveAttribute("type", "email");
    expect(screen.getByLabelText("Email address")).toHaveAttribute("autocomplete", "email");
    expect(screen.getByLabelText("Mobile number")).toHaveAttribute("type", "tel");
    expect(screen.getByLabelText("Anything else").tagName).toBe("TEXTAREA");
  });

  it("checks length and pattern on submit and ties the message to the control", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("text", "postcode", { title: "Postcode", rules: { min_length: 5, pattern: "[A-Z0-9 ]+" } }),
    ]);
    const box = screen.getByLabelText("Postcode");
    await user.type(box, "ab");
    await submit();
    expect(box).toHaveAttribute("aria-invalid", "true");
    expect(box).toHaveAccessibleDescription("Error: Postcode must be at least 5 characters.");
    await user.clear(box);
    await user.type(box, "ab 123");
    expect(box).toHaveAccessibleDescription("Error: Enter postcode in the correct format.");
    await user.clear(box);
    await user.type(box, "AB1 2CD");
    expect(box).not.toHaveAttribute("aria-invalid");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ postcode: "AB1 2CD" });
  });

  it("keeps what the person types, spaces included, and sends it trimmed", async () => {
    const { user, submit, onSubmit } = renderForm([field("text", "full_name", { title: "Full name" })]);
    const box = screen.getByLabelText("Full name");
    await user.type(box, "Ann Lee ");
    expect(box).toHaveValue("Ann Lee ");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ full_name: "Ann Lee" });
  });

  it("checks email and phone formats and textarea length", async () => {
    const { user, submit } = renderForm([
      field("email", "email", { title: "Email address" }),
      field("phone", "phone", { title: "Mobile number" }),
      field("textarea", "notes", { title: "Notes", rules: { max_length: 5 } }),
    ]);
    await user.type(screen.getByLabelText("Email address"), "ann@");
    await user.type(screen.getByLabelText("Mobile number"), "0770");
    await user.type(screen.getByLabelText("Notes"), "too long");
    await submit();
    expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(/must be an email address/);
    expect(screen.getByLabelText("Mobile number")).toHaveAccessibleDescription(/international format/);
    expect(screen.getByLabelText("Notes")).toHaveAccessibleDescription(/at most 5 characters/);
  });

  it("shows read-only values without letting them change, and posts them back", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("text", "reference", { title: "Reference", read_only: true, value: "ABC-1" }),
    ]);
    const box = screen.getByLabelText("Reference");
    expect(box).toHaveAttribute("readonly");
    await user.type(box, "zzz");
    expect(box).toHaveValue("ABC-1");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ reference: "ABC-1" });
  });
});
