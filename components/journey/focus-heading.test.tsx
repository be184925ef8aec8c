import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageHeader } from "@/components/ui/page-header";
import { FocusHeading } from "./focus-heading";

describe("FocusHeading", () => {
  it("has nothing to change on a PageHeader drawn as its target, only focus", () => {
    const { rerender } = render(<main>{[<PageHeader key="h" focusTarget title="About your bike" />]}</main>);
    const heading = screen.getByRole("heading", { name: "About your bike" });
    expect(heading).toHaveAttribute("tabindex", "-1");
    expect(heading).toHaveClass("outline-none", "shadow-none");
    expect(heading).not.toHaveFocus();
    rerender(<main>{[<PageHeader key="h" focusTarget title="About your bike" />, <FocusHeading key="f" />]}</main>);
    expect(heading).toHaveFocus();
  });

  it("makes any other page's heading focusable first", () => {
    render(
      <main>
        <FocusHeading />
        <h1>Your policies</h1>
      </main>,
    );
    const heading = screen.getByRole("heading", { name: "Your policies" });
    expect(heading).toHaveFocus();
    expect(heading).toHaveClass("outline-none", "shadow-none");
  });
});
