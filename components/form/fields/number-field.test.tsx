import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, renderForm } from "../testing";

describe("number and decimal", () => {
  it("asks for a numeric keypad and sends integers as numbers", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("number", "age", { title: "Your age", rules: { min: 18, max: 99 } }),
    ]);
    const box = screen.getByRole("textbox", { name: "Your age" });
    expect(box).toHaveAttribute("inputmode", "numeric");
    await user.type(box, "17");
    await submit();
    expect(box).toHaveAccessibleDescription("Error: Your age must be at least 18.");
    await user.clear(box);
    await user.type(box, "100");
    expect(box).toHaveAccessibleDescription("Error: Your age must be at most 99.");
    await user.clear(box);
    await user.type(box, "4x");
    expect(box).toHaveAccessibleDescription("Error: Your age must be a whole number.");
    await user.clear(box);
    await user.type(box, "42");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ age: 42 });
  });

  it("keeps decimals as canonical strings and checks places and bounds", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("decimal", "value", {
        title: "Value of the item",
        rules: { min: "10.00", max: "5000.00", decimal_places: 2 },
      }),
    ]);
    const box = screen.getByLabelText("Value of the item");
    expect(box).toHaveAttribute("inputmode", "decimal");
    await user.type(box, "12.345");
    await submit();
    expect(box).toHaveAccessibleDescription("Error: Value of the item can have at most 2 decimal places.");
    await user.clear(box);
    await user.type(box, "9.5");
    expect(box).toHaveValue("9.5");
    expect(box).toHaveAccessibleDescription("Error: Value of the item must be at least 10.00.");
    await user.clear(box);
    await user.type(box, "1,200.5");
    expect(box).toHaveValue("1,200.5");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ value: "1200.50" });
  });
});
