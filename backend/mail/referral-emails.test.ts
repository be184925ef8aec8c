import { describe, expect, it } from "vitest";
import { referralApprovedEmail, referralDeclinedEmail, referralReceivedEmail } from "./referral-emails";

const facts = { firstName: "Ada", productName: "Travel insurance", policyNumber: "T1234567" };
const link = { url: "https://insure.example/continue/T1234567.1.sig", expires_at: "2026-12-08T16:00:00.000Z" };

describe("referral emails", () => {
  it("name the person, the product, the reference and what happens next", () => {
    for (const email of [
      referralReceivedEmail(facts, "An underwriter will look at it."),
      referralApprovedEmail(facts, link),
      referralDeclinedEmail(facts, null),
    ]) {
      expect(email.body).toMatch(/^Hello Ada,/);
      expect(`${email.subject} ${email.body}`).toContain("Travel insurance");
      expect(`${email.subject} ${email.body}`).toContain("T1234567");
      expect(email.body).toContain("What happens next");
    }
  });

  it("read as plain English without a name, a note or an ISO date", () => {
    const nameless = { ...facts, firstName: null };
    const approved = referralApprovedEmail(nameless, link);
    expect(approved.body).toMatch(/^Hello,\n/);
    expect(approved.body).toContain("The link works until 8 December 2026.");
    expect(approved.body).toContain(link.url);
    const declined = referralDeclinedEmail({ ...facts, firstName: "  " }, "  ");
    expect(declined.body).toMatch(/^Hello,\n/);
    for (const email of [approved, declined, referralReceivedEmail(nameless, "Reason.")])
      expect(`${email.subject}\n${email.body}`).not.toMatch(/\bnull\b|\bundefined\b|\d{4}-\d{2}-\d{2}/);
  });

  it("a decline says the application is closed and carries no link", () => {
    const declined = referralDeclinedEmail(facts, "We can't cover this destination.");
    expect(declined.body).toContain("We can't cover this destination.");
    expect(declined.body).toContain("closed and can't be continued");
    expect(declined.body).not.toMatch(/https?:/);
  });
});
