import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isISODate } from "@/contract/rules/relative-date";
import { field, renderForm } from "../testing";
import { joinDate, splitDate } from "./date-parts";

const boxesOf = (title: string) => {
  const group = screen.getByRole("group", { name: new RegExp(title) });
  const box = (name: string) => within(group).getByLabelText(name);
  return { group, day: box("Day"), month: box("Month"), year: box("Year") };
};

describe("date", () => {
  it("is three labelled boxes in a group named by the question, with an example, and no browser date control", () => {
    renderForm([field("date", "start", { title: "Start date", help_text: "When cover begins." })]);
    const { group, day, month, year } = boxesOf("Start date");
    expect(group).toHaveAccessibleDescription(/^When cover begins\. For example, \d{1,2} \d{1,2} \d{4}$/);
    for (const box of [day, month, year]) {
      expect(box).toHaveAttribute("inputmode", "numeric");
      expect(box).not.toHaveAttribute("type", "date");
    }
    // The error summary links to the field's control id: the day box.
    expect(day.id).toBe(month.id.replace(/-month$/, ""));
  });

  it("shows a saved answer as a person writes it", () => {
    renderForm([field("date", "birth", { title: "Date of birth", value: "1990-05-04" })]);
    const { day, month, year } = boxesOf("Date of birth");
    expect([day, month, year].map((b) => (b as HTMLInputElement).value)).toEqual(["4", "5", "1990"]);
  });

  it("refuses a partial date and dates outside the bounds, and sends ISO dates", async () => {
    const { submit, onSubmit } = renderForm([
      field("date", "birth", { title: "Date of birth", required: true, rules: { max_date: "-18y" } }),
    ]);
    const { group, day, month, year } = boxesOf("Date of birth");
    await submit();
    expect(group).toHaveAccessibleDescription(/Error: Enter date of birth/);
    expect(day).toHaveAttribute("aria-invalid", "true");
    fireEvent.change(day, { target: { value: "4" } });
    fireEvent.change(year, { target: { value: "1990" } });
    await waitFor(() => expect(group).toHaveAccessibleDescription(/Error: Date of birth must be a real date/));
    fireEvent.change(month, { target: { value: "5" } });
    fireEvent.change(year, { target: { value: "2010" } });
    await waitFor(() =>
      expect(group).toHaveAccessibleDescription(/Error: Date of birth must be on or before 15 June 2008\./),
    );
    fireEvent.change(year, { target: { value: "1990" } });
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ birth: "1990-05-04" });
  });

  it("joins and splits dates: every real date survives the round trip, and empty boxes are no answer", () => {
    expect(joinDate({ day: " ", month: "", year: "" })).toBe("");
    expect(joinDate({ day: "4", month: "5", year: "1990" })).toBe("1990-05-04");
    expect(isISODate(joinDate({ day: "31", month: "2", year: "2026" }))).toBe(false);
    expect(isISODate(joinDate({ day: "4", month: "", year: "1990" }))).toBe(false);
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01"), max: new Date("2199-12-31"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(joinDate(splitDate(iso))).toBe(iso);
      }),
    );
  });
});
