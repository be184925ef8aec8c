import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, renderForm } from "../testing";

describe("date", () => {
  it("is a native date input with min and max resolved from relative rules", () => {
    renderForm([field("date", "start", { title: "Start date", rules: { min_date: "today", max_date: "+30d" } })]);
    const input = screen.getByLabelText("Start date");
    expect(input).toHaveAttribute("type", "date");
    expect(input).toHaveAttribute("min", "2026-06-15");
    expect(input).toHaveAttribute("max", "2026-07-15");
  });

  it("refuses dates outside the bounds and sends ISO dates", async () => {
    const { submit, onSubmit } = renderForm([
      field("date", "birth", { title: "Date of birth", required: true, rules: { max_date: "-18y" } }),
    ]);
    const input = screen.getByLabelText("Date of birth");
    await submit();
    expect(input).toHaveAccessibleDescription(/Error: Enter date of birth/);
    fireEvent.change(input, { target: { value: "2010-01-01" } });
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription("Error: Date of birth must be on or before 15 June 2008."),
    );
    fireEvent.change(input, { target: { value: "1990-05-04" } });
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ birth: "1990-05-04" });
  });
});
