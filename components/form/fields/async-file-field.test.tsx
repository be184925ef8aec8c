import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse, delay } from "msw";
import { describe, expect, it } from "vitest";
import { uploadFaults } from "@/mocks/handlers";
import { server } from "@/mocks/server";
import { field, renderForm } from "../testing";

const ADD = "/api/v3/policy/:policyNumber/attachment/add/";

function documents(rules: Record<string, unknown> = {}) {
  return field("async_file", "documents", {
    title: "Supporting documents",
    rules: { type: "List", accepted_mime_types: ["image/png", "application/pdf"], max_size: 1024, max: 2, ...rules },
  });
}

const png = (name = "receipt.png", size = 10) => new File([new Uint8Array(size)], name, { type: "image/png" });

describe("async_file", () => {
  it("uploads as soon as a file is chosen, with progress, then shows it with a thumbnail", async () => {
    let posted: unknown = null;
    server.use(
      http.post(ADD, async ({ request, params }) => {
        posted = { policy: params.policyNumber, ...((await request.json()) as object) };
        await delay(300); // long enough to see the progress bar before it goes
        return HttpResponse.json({ file_reference: "ref-1" });
      }),
    );
    const { user, submit, onSubmit, container } = renderForm([documents()]);
    const input = screen.getByLabelText("Supporting documents");
    expect(input).toHaveAttribute("accept", "image/png,application/pdf");
    expect(input).toHaveAttribute("multiple");
    await user.upload(input, png());
    expect(await screen.findByRole("progressbar", { name: "Uploading receipt.png" })).toBeInTheDocument();
    expect(await screen.findByText("receipt.png")).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(posted).toMatchObject({ policy: "P-100", name: "documents", filename: "receipt.png" });
    expect((posted as { data: string }).data).toMatch(/^data:image\/png;base64,/);
    expect(container.querySelector("img")).toHaveAttribute("src", "/api/v1/policy/P-100/attachment/thumbnail/ref-1/");
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ documents: [{ id: "ref-1", name: "receipt.png" }] });
  });

  it("doesn't send the step while a file is still uploading, then sends it with the file", async () => {
    let release: () => void = () => {};
    server.use(
      http.post(ADD, async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ file_reference: "ref-late" });
      }),
    );
    const { user, submit, onSubmit } = renderForm([documents()]);
    await user.upload(screen.getByLabelText("Supporting documents"), png("late.png"));
    await screen.findByRole("progressbar", { name: "Uploading late.png" });
    await submit();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findByText(/still uploading/)).toBeInTheDocument();
    release();
    expect(await screen.findByText("late.png")).toBeInTheDocument();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ documents: [{ id: "ref-late", name: "late.png" }] });
  });

  it("checks type and size before sending", async () => {
    renderForm([documents()]);
    // A browser's accept filter is only a hint (drag and drop, "All files"): the check must hold without it.
    const user = userEvent.setup({ applyAccept: false });
    const input = screen.getByLabelText("Supporting documents");
    await user.upload(input, new File(["x"], "notes.txt", { type: "text/plain" }));
    expect(input).toHaveAccessibleDescription(
      /“notes.txt” is not an accepted type of file. Choose a file in PNG or PDF format./,
    );
    await user.upload(input, png("huge.png", 4096));
    expect(input).toHaveAccessibleDescription(/“huge.png” is too big. Choose a file smaller than 1 KB./);
  });

  it("shows the server's reason when it refuses a file (415, 413) but not a 500's internals", async () => {
    const { user } = renderForm([documents()]);
    const input = screen.getByLabelText("Supporting documents");
    server.use(uploadFaults.unsupportedType);
    await user.upload(input, png("fake.png"));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(/This file is not an accepted type \(JPEG, PNG or PDF\)\./),
    );
    server.use(uploadFaults.tooLarge);
    await user.upload(input, png("big.png"));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/The file is larger than the 5 MB allowed\./));
    server.use(uploadFaults.serverError);
    await user.upload(input, png("any.png"));
    await waitFor(() => expect(input).toHaveAccessibleDescription(/Something went wrong sending the file/));
    expect(input).not.toHaveAccessibleDescription(/Traceback/);
  });

  it("removes a file and returns focus to the file input; stops at max", async () => {
    const { user, submit, onSubmit } = renderForm([documents({ max: 1 })]);
    const input = screen.getByLabelText("Supporting documents");
    expect(input).not.toHaveAttribute("multiple");
    await user.upload(input, png("a.png"));
    const remove = await screen.findByRole("button", { name: "Remove a.png" });
    expect(screen.queryByLabelText("Supporting documents")).not.toBeInTheDocument();
    expect(screen.getByText(/You've added the most files allowed \(1\)/)).toBeInTheDocument();
    await user.click(remove);
    expect(screen.getByLabelText("Supporting documents")).toHaveFocus();
    expect(within(document.body).queryByText("a.png")).not.toBeInTheDocument();
    await submit();
    expect(onSubmit).toHaveBeenCalledWith({ documents: [] });
  });

  it("explains that files wait for the first step to be saved", () => {
    renderForm([documents()], { policyNumber: null });
    const input = screen.getByLabelText("Supporting documents");
    expect(input).toBeDisabled();
    expect(input).toHaveAccessibleDescription("You can add files once the first step is saved.");
  });
});
