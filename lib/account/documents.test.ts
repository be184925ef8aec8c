import { describe, expect, it } from "vitest";
import { documentsFor, filenameFrom } from "./documents";

describe("documentsFor", () => {
  it("gives the cancellation letter only once the policy is cancelled", () => {
    expect(documentsFor("Active").map((d) => d.id)).toEqual(["coi", "tax-invoice", "emergency-document", "pass_card"]);
    expect(documentsFor("Cancelled").map((d) => d.id)).toContain("cancellation-letter");
    expect(documentsFor("Cancellation-requested").map((d) => d.id)).not.toContain("cancellation-letter");
    expect(documentsFor("Quoted")).toEqual([]);
    expect(documentsFor("Active", { endorsed: true }).map((d) => d.id)).toContain("endorsement-schedule");
    expect(documentsFor("Active").map((d) => d.id)).not.toContain("endorsement-schedule");
  });
});

describe("filenameFrom", () => {
  it("reads the server's file name, plain or encoded", () => {
    expect(filenameFrom('attachment; filename="AB12-coi.pdf"', "x.pdf")).toBe("AB12-coi.pdf");
    expect(filenameFrom("attachment; filename*=UTF-8''Policy%20AB12.pdf", "x.pdf")).toBe("Policy AB12.pdf");
    expect(filenameFrom("inline", "x.pdf")).toBe("x.pdf");
    expect(filenameFrom(null, "x.pdf")).toBe("x.pdf");
  });
});
