import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { field, renderForm } from "./testing";

/** Counts the writes to a box's `name`: React makes two on every input event it handles. */
function countNameWrites(box: HTMLElement): () => number {
  let writes = 0;
  const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), "name")!;
  Object.defineProperty(box, "name", {
    get: () => own.get!.call(box),
    set: (value: string) => {
      writes++;
      own.set!.call(box, value);
    },
  });
  return () => writes;
}

describe("typing into a text box", () => {
  it("reaches the form's answers without React re-setting the box's name on each keystroke", async () => {
    const { user, submit, onSubmit } = renderForm([
      field("text", "full_name", { title: "Full name" }),
      field("number", "age", { title: "Age" }),
      field("date", "born", { title: "Date of birth" }),
    ]);
    const name = screen.getByLabelText("Full name");
    const age = screen.getByLabelText("Age");
    const day = screen.getByRole("textbox", { name: "Day" });
    // Counted while each box has the focus: leaving it fires `change`, which React handles (and writes twice) once.
    const typed = async (box: HTMLElement, text: string) => {
      const writes = countNameWrites(box);
      await user.type(box, text);
      return writes();
    };
    expect(await typed(name, "Ann Lee")).toBe(0);
    expect(await typed(age, "41")).toBe(0);
    expect(await typed(day, "4")).toBe(0);
    await user.type(screen.getByRole("textbox", { name: "Month" }), "5");
    await user.type(screen.getByRole("textbox", { name: "Year" }), "1985");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ full_name: "Ann Lee", age: 41, born: "1985-05-04" });
  });

  it("still takes a value that arrives as a change event alone", async () => {
    const { submit, onSubmit } = renderForm([field("text", "full_name", { title: "Full name" })]);
    fireEvent.change(screen.getByLabelText("Full name"), { target: { value: "Ann Lee" } });
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ full_name: "Ann Lee" });
  });
});
