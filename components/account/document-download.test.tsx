import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { server } from "@/mocks/server";
import { DocumentDownload } from "./document-download";

const HREF = "/api/v3/policy/HB1234/coi/";
const saved: string[] = [];

beforeEach(() => {
  saved.length = 0;
  URL.createObjectURL = vi.fn(() => "blob:document");
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

describe("DocumentDownload", () => {
  it("is a plain link, says Preparing… while the file is made, then saves it under the server's name", async () => {
    server.use(
      http.get(HREF, async () => {
        await delay(400); // long enough to see "Preparing…" on a loaded machine
        return new HttpResponse("%PDF-1.7 test", {
          headers: {
            "content-type": "application/pdf",
            "content-disposition": 'attachment; filename="HB1234-coi.pdf"',
          },
        });
      }),
    );
    const user = userEvent.setup();
    render(<DocumentDownload href={HREF} label="Certificate of insurance" filename="fallback.pdf" />);
    const link = screen.getByRole("link", { name: "Certificate of insurance" });
    expect(link).toHaveAttribute("href", HREF);
    await user.click(link);
    expect(await screen.findByText(/Preparing certificate of insurance…/)).toBeInTheDocument();
    expect(await screen.findByText("Certificate of insurance downloaded.")).toBeInTheDocument();
    expect(saved).toEqual(["HB1234-coi.pdf"]);
  });

  it("shows the server's reason when the document can't be made", async () => {
    server.use(
      http.get(HREF, () =>
        HttpResponse.json({ detail: "This document isn't ready yet.", code: "conflict" }, { status: 409 }),
      ),
    );
    const user = userEvent.setup();
    render(<DocumentDownload href={HREF} label="Certificate of insurance" filename="x.pdf" />);
    await user.click(screen.getByRole("link", { name: "Certificate of insurance" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("This document isn't ready yet."));
    expect(saved).toEqual([]);
  });
});
