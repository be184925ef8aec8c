import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { Alert } from "./alert";
import { Button } from "./button";
import { FieldShell } from "./field-shell";
import { ProgressBar } from "./progress-bar";
import { translator } from "@/lib/i18n/catalogue";
import { StepIndicator } from "./step-indicator";

describe("ui", () => {
  it("Button: a busy button keeps its name and focus but ignores presses", async () => {
    const onClick = vi.fn();
    render(
      <Button loading onClick={onClick}>
        Continue
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Continue" });
    expect(button).toHaveAttribute("aria-busy", "true");
    expect(button).not.toBeDisabled();
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it("Alert: errors interrupt, information waits", () => {
    render(
      <>
        <Alert tone="error" title="Payment failed">
          Try another card.
        </Alert>
        <Alert tone="success">Saved.</Alert>
      </>,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("Payment failed");
    expect(screen.getByRole("status")).toHaveTextContent("Saved.");
  });

  it("ProgressBar and StepIndicator expose their progress", () => {
    render(
      <>
        <ProgressBar value={40} label="Uploading a.png" />
        <StepIndicator
          steps={[
            { id: "a", title: "You" },
            { id: "b", title: "Your car" },
            { id: "c", title: "Cover" },
          ]}
          currentId="b"
          t={translator("en", "step")}
        />
      </>,
    );
    const upload = screen.getByRole("progressbar", { name: "Uploading a.png" });
    expect(upload).toHaveAttribute("aria-valuenow", "40");
    // Drawn without a style attribute, which the Content Security Policy would block in server-rendered HTML.
    expect(upload.querySelector("[style]")).toBeNull();
    expect(upload.querySelector("rect")).toHaveAttribute("width", "40%");
    expect(screen.getByText("Step 2 of 3")).toBeInTheDocument();
    expect(screen.getByRole("progressbar", { name: "Step 2 of 3" })).toHaveAttribute("aria-valuenow", "2");
    expect(screen.getByText("Your car").closest("li")).toHaveAttribute("aria-current", "step");
  });

  it("FieldShell: the name is the title; help, required and errors are tied to the control", () => {
    render(
      <FieldShell id="f" title="Registration" required helpText="As on the logbook" errors={["Enter registration."]}>
        {(control) => <input {...control} />}
      </FieldShell>,
    );
    const input = screen.getByRole("textbox", { name: "Registration" });
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAttribute("aria-required", "true");
    expect(input).toHaveAccessibleDescription("As on the logbook Error: Enter registration.");
    expect(screen.getByText("(required)")).toBeVisible();
  });
});
