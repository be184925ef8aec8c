import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBackend, type Backend } from "../test/harness";
import { client, speaking as speakingClient } from "../test/client";
import { applicant, completeSteps, pay, validAnswers } from "../test/journeys";

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => backend?.close());

/** A client whose every request asks for `language`, as the web app's proxy does. */
const speaking = (language: string) => speakingClient(backend.url, language);

const firstStep = (slug: string) => validAnswers[slug][0];

describe("the policy's language", () => {
  it("is the one the quote was started in, when the product is offered in it", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar-SA,ar;q=0.9,en;q=0.5"));
    await a.submit(...firstStep("bicycle"));
    const view = await a.get(`/api/v3/policy/${a.state.policyNumber}/`);
    expect(view.status).toBe(200);
    expect(view.json.language).toBe("ar");
  });

  it("is English for a product not offered in the language asked for, and without Accept-Language", async () => {
    const travel = applicant(backend.url, "travel", speaking("ar"));
    await travel.submit(...firstStep("travel"));
    expect((await travel.get(`/api/v3/policy/${travel.state.policyNumber}/`)).json.language).toBe("en");
    const plain = applicant(backend.url, "bicycle");
    await plain.submit(...firstStep("bicycle"));
    expect((await plain.get(`/api/v3/policy/${plain.state.policyNumber}/`)).json.language).toBe("en");
  });

  it("stays the quote's: answering later steps in another language doesn't change it, and a copy keeps it", async () => {
    const call = speaking("ar");
    const a = applicant(backend.url, "bicycle", call);
    await a.submit(...firstStep("bicycle"));
    const english = applicant(backend.url, "bicycle");
    Object.assign(english.state, a.state);
    await completeSteps(backend.url, english, "bicycle");
    const n = a.state.policyNumber!;
    expect((await a.get(`/api/v3/policy/${n}/`)).json.language).toBe("ar");
    const copy = await english.post(`/api/v3/policy/${n}/copy/`);
    expect(copy.status).toBe(200);
    const copied = await client(backend.url)("GET", `/api/v3/policy/${copy.json.policy_number}/`, {
      quoteToken: copy.json.quote_token,
    });
    expect(copied.json.language).toBe("ar");
  });
});

describe("emails in the policy's language", () => {
  const emailsOf = (n: string) => backend.ctx.stores.outbox.forPolicy(n);

  it("an Arabic policy's confirmation is in Arabic: subject, body, dates and money for the locale", async () => {
    const a = applicant(backend.url, "bicycle", speaking("ar"));
    await completeSteps(backend.url, a, "bicycle", { owner: { email: "layla@example.com", first_name: "ليلى" } });
    await pay(backend.url, a);
    const n = a.state.policyNumber!;
    const issued = (await emailsOf(n)).find((e) => e.kind === "policy_issued")!;
    expect(issued.language).toBe("ar");
    expect(issued.subject).toBe(`وثيقة تأمين الدراجات الهوائية رقم ${n}`);
    expect(issued.body).toMatch(/^مرحبًا ليلى،\n\nشكرًا لك\. أصبحت وثيقة تأمين الدراجات الهوائية رقم /);
    // Months in Arabic, digits Latin; the amount with its currency as Arabic writes it.
    expect(issued.body).toMatch(/تسري التغطية من \d{1,2} [\u0600-\u06ff]+ \d{4} إلى \d{1,2} [\u0600-\u06ff]+ \d{4}\./);
    expect(issued.body).toMatch(/استلمنا [^\n]*\d+\.\d{2}/);
    expect(issued.body).not.toMatch(/Hello|Thank|policy|Cover|received|January|December|[\u0660-\u0669]/);
  });

  it("an English policy's confirmation is unchanged", async () => {
    const a = applicant(backend.url, "bicycle");
    await completeSteps(backend.url, a, "bicycle", { owner: { email: "lin@example.com", first_name: "Lin" } });
    await pay(backend.url, a);
    const issued = (await emailsOf(a.state.policyNumber!)).find((e) => e.kind === "policy_issued")!;
    expect(issued.language).toBe("en");
    expect(issued.subject).toBe(`Your Bicycle insurance policy ${a.state.policyNumber}`);
    expect(issued.body).toMatch(
      /^Hello Lin,\n\nThank you\. Your Bicycle insurance policy \S+ is active\.\nCover runs from /,
    );
  });
});
