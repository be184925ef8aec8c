import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { clearDraft, DRAFT_MAX_AGE_MS, readDraft, saveDraft } from "@/lib/use-draft";
import { field, makeForm, renderForm } from "./testing";

const fields = () => [
  field("text", "town", { title: "Town", value: "From server" }),
  field("hidden", "campaign", { value: "spring" }),
];

describe("drafts", () => {
  it("forgets a draft older than a day: someone else's abandoned answers are not shown", async () => {
    localStorage.setItem(
      "draft:old",
      JSON.stringify({
        answers: { town: "Stale" },
        saved_at: new Date(Date.now() - DRAFT_MAX_AGE_MS - 1000).toISOString(),
      }),
    );
    renderForm(fields(), { draftKey: "old" });
    await waitFor(() => expect(localStorage.getItem("draft:old")).toBeNull());
    expect(screen.getByLabelText("Town")).toHaveValue("From server");
  });

  it("saves answers as the person types and restores them over the server's after a remount", async () => {
    const first = renderForm(fields(), { draftKey: "P-100:step_1" });
    const box = screen.getByLabelText("Town");
    await first.user.clear(box);
    await first.user.type(box, "Leeds ");
    await waitFor(() => expect(readDraft("P-100:step_1")).toMatchObject({ town: "Leeds" }));
    first.unmount();

    renderForm(fields(), { draftKey: "P-100:step_1" });
    await waitFor(() => expect(screen.getByLabelText("Town")).toHaveValue("Leeds"));
  });

  it("restores a draft just after mount, and an answer given before that wins over it", async () => {
    saveDraft("early", { town: "York" });
    renderForm(fields(), { draftKey: "early" });
    // Not read while the form mounts: the tab's first use of localStorage waits on the busy browser process.
    expect(screen.getByLabelText("Town")).toHaveValue("From server");
    fireEvent.change(screen.getByLabelText("Town"), { target: { value: "Hull" } });
    await waitFor(() => expect(readDraft("early")).toMatchObject({ town: "Hull" }));
    expect(screen.getByLabelText("Town")).toHaveValue("Hull");
  });

  it("never lets a draft override a hidden or read-only value, and ignores fields the form no longer has", async () => {
    saveDraft("k", { town: "York", campaign: "forged", gone: "x" });
    const { submit, onSubmit } = renderForm(fields(), { draftKey: "k" });
    await waitFor(() => expect(screen.getByLabelText("Town")).toHaveValue("York"));
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ town: "York", campaign: "spring" });
  });

  it("saves at once on submit, and is gone once cleared", async () => {
    const { user, submit } = renderForm(fields(), { draftKey: "now" });
    await user.type(screen.getByLabelText("Town"), "!");
    await submit();
    expect(readDraft("now")).toMatchObject({ town: "From server!" });
    clearDraft("now");
    expect(readDraft("now")).toBeNull();
  });

  it("saves added group items too", async () => {
    const group = field("group", "drivers", {
      title: "Drivers",
      fields: [{ type: "text", name: "name", title: "Name" }],
    });
    const { user } = renderForm([group], { draftKey: "g" });
    await user.click(screen.getByRole("button", { name: "Add a driver" }));
    await waitFor(() => expect(readDraft("g")).toEqual({ drivers: [{ name: "" }] }));
  });

  it("starts the next step from that step's own values when the form_id changes", async () => {
    const view = renderForm(fields(), { draftKey: "a" });
    view.rerenderWith({
      form: makeForm([field("text", "car", { title: "Car", value: "Mini" })], { form_id: "step_2" }),
      draftKey: "b",
    });
    expect(screen.getByLabelText("Car")).toHaveValue("Mini");
    expect(screen.queryByLabelText("Town")).not.toBeInTheDocument();
  });
});
