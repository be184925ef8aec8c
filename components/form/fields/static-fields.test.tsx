import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, renderForm } from "../testing";

describe("content, hidden and unknown types", () => {
  it("content shows text between questions and posts nothing", async () => {
    const { submit, onSubmit } = renderForm([
      field("content", "intro", { title: "Before you start", content: "First paragraph.\n\nSecond <b>paragraph</b>." }),
      field("hidden", "campaign", { value: "spring-26" }),
    ]);
    expect(screen.getByRole("heading", { name: "Before you start" })).toBeInTheDocument();
    expect(screen.getByText("Second <b>paragraph</b>.")).toBeInTheDocument();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ campaign: "spring-26" });
  });

  it("an unknown type shows a notice while the rest of the form still submits", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("signature_pad", "signature", { title: "Your signature", value: "kept" }),
      field("text", "town", { title: "Town" }),
    ]);
    expect(
      screen.getByText(
        "This question can't be shown here (type signature_pad). Please contact us to finish your application.",
      ),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText("Town"), "Leeds");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ signature: "kept", town: "Leeds" });
  });
});
