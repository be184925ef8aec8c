import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, paidPolicy, png, validAnswers, type Applicant } from "../test/journeys";
import { outbox } from "../storage/schema";
import { deliverQueued } from "../mail/sender";
import { REDACTED_BODY } from "../mail/outbox-recovery";
import type { MailMessage } from "../adapters/mail-transport/types";
import { LINKS_PER_QUOTE } from "../domain/actions/email-continue-link";

let backend: Backend;
const logged: string[] = [];

beforeAll(async () => {
  // Every request logged at the most detailed level, to show no link is ever written there.
  backend = await startBackend({ LOG_LEVEL: "trace" }, { logStream: { write: (line) => void logged.push(line) } });
});
afterAll(() => backend.close());

const path = (n: string | null) => `/api/v3/policy/${n}/email-continue-link/`;

/** The signed part of the newest continue link emailed to `to`, as only that inbox sees it. */
async function linkSentTo(to: string): Promise<string> {
  const rows = await backend.ctx.db.select().from(outbox).where(eq(outbox.toAddress, to));
  const newest = rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const signed = /\/continue\/([^\s/]+)/.exec(newest?.body ?? "")?.[1];
  if (!signed) throw new Error(`No continue link emailed to ${to}`);
  return signed;
}

async function homeQuoteWithPhoto(): Promise<{ quote: Applicant; ref: string }> {
  const quote = applicant(backend.url, "home-contents");
  await quote.submit("property", validAnswers["home-contents"][0][1]);
  const up = await quote.upload("photos", "image/png", await png(), "p.png");
  expect(up.status).toBe(201);
  return { quote, ref: up.json.file_reference };
}

describe("Email me a link to continue", () => {
  it("emails a signed link that opens the quote at its step on another device, answers and files kept", async () => {
    const { quote, ref } = await homeQuoteWithPhoto();
    const n = quote.state.policyNumber!;
    // Nothing known yet: no address to pre-fill.
    expect((await quote.get(path(n))).json).toEqual({ email: null });

    const sent = await quote.post(path(n), { email: "  Someone@Example.com " });
    expect(sent.status).toBe(200);
    expect(sent.json).toEqual({ email: "someone@example.com", expires_at: expect.any(String) });
    expect(sent.text).not.toContain("/continue/");
    const signed = await linkSentTo("someone@example.com");
    expect(sent.text).not.toContain(signed);
    expect(signed.startsWith(`${n}.`)).toBe(true);
    // The quote's own log names the email without its link.
    const view = await quote.get(`/api/v3/policy/${n}/`);
    expect(view.text).not.toContain(signed);

    // A second device: no token, no cookie, only the link.
    const opened = await client(backend.url)("GET", `/api/v3/policy/continue/${signed}/`);
    expect(opened.status).toBe(200);
    expect(opened.json).toMatchObject({ policy_number: n, product_slug: "home-contents", next_action: "continue" });
    expect(opened.json.form.form_id).toBe("contents");
    const other = { quoteToken: opened.json.quote_token as string };
    const step1 = await client(backend.url)(
      "GET",
      `/api/v3/policy/submit/home-contents/?policy_number=${n}&form_id=property`,
      other,
    );
    const town = step1.json.form.fields.find((f: { name: string }) => f.name === "town");
    expect(town.value).toBe("Bristol");
    const file = await client(backend.url)("GET", `/api/v3/policy/${n}/attachment/get/${ref}/`, other);
    expect(file.status).toBe(200);
    expect(file.bytes.length).toBeGreaterThan(0);

    // Once there is an email in the answers, it is the one offered.
    const you = validAnswers["home-contents"][2][1];
    const contents = validAnswers["home-contents"][1][1];
    const onOther = applicant(backend.url, "home-contents");
    Object.assign(onOther.state, { policyNumber: n, quoteToken: other.quoteToken });
    expect((await onOther.submit("contents", { ...contents, photos: [{ id: ref, name: "p.png" }] })).status).toBe(200);
    expect((await onOther.submit("you", you)).status).toBe(200);
    expect((await onOther.get(path(n))).json).toEqual({ email: "alan@example.com" });

    // Nothing about the link reached the log.
    const log = logged.join("\n");
    expect(log).toContain("email-continue-link");
    expect(log).not.toContain(signed);
    expect(log).not.toContain(signed.split(".")[2]);
  });

  it("needs the quote's own token: none is 401, another quote's is 404, a bought policy is 404", async () => {
    const { quote } = await homeQuoteWithPhoto();
    const n = quote.state.policyNumber!;
    const nobody = await client(backend.url)("POST", path(n), { body: { email: "x@example.com" } });
    expect(nobody.status).toBe(401);
    const stranger = applicant(backend.url, "bicycle");
    await stranger.submit("bike", validAnswers.bicycle[0][1]);
    const wrong = await client(backend.url)("POST", path(n), {
      body: { email: "x@example.com" },
      quoteToken: stranger.state.quoteToken,
    });
    expect(wrong.status).toBe(404);
    expect((await client(backend.url)("GET", path(n), { quoteToken: "not-a-token-at-all" })).status).toBe(404);
    const bought = await paidPolicy(backend.url, "bought-continue@example.com", "Bought");
    const closed = await client(backend.url)("POST", path(bought.policyNumber), {
      body: { email: "x@example.com" },
      token: bought.token,
    });
    expect(closed.status).toBe(404);
    expect(closed.json.detail).toMatch(/no longer open/);
    const rows = await backend.ctx.db.select().from(outbox).where(eq(outbox.toAddress, "x@example.com"));
    expect(rows).toHaveLength(0);
  });

  it("refuses a missing or malformed address with a sentence", async () => {
    const { quote } = await homeQuoteWithPhoto();
    for (const body of [{}, { email: "not an email" }, { email: 42 }]) {
      const reply = await quote.post(path(quote.state.policyNumber), body);
      expect(reply.status).toBe(422);
      expect(reply.json.detail).toEqual(expect.any(String));
    }
  });

  it("is rate limited per quote and per address", async () => {
    const { quote } = await homeQuoteWithPhoto();
    const n = quote.state.policyNumber!;
    for (let i = 0; i < LINKS_PER_QUOTE; i++)
      expect((await quote.post(path(n), { email: `q${i}@example.com` })).status).toBe(200);
    const refused = await quote.post(path(n), { email: "q-late@example.com" });
    expect(refused.status).toBe(429);
    expect(refused.json.detail).toMatch(/try again in \d+ minute/);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);

    // Many quotes can't flood one inbox either.
    const target = "flooded@example.com";
    const statuses: number[] = [];
    for (let i = 0; i < LINKS_PER_QUOTE + 1; i++) {
      const q = applicant(backend.url, "bicycle");
      await q.submit("bike", validAnswers.bicycle[0][1]);
      statuses.push((await q.post(path(q.state.policyNumber), { email: target })).status);
    }
    expect(statuses.slice(0, LINKS_PER_QUOTE).every((s) => s === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it("the link is blanked from the outbox once sent, and stops working after 7 days", async () => {
    const { quote } = await homeQuoteWithPhoto();
    await quote.post(path(quote.state.policyNumber), { email: "blank@example.com" });
    const signed = await linkSentTo("blank@example.com");
    const delivered: MailMessage[] = [];
    await deliverQueued(backend.ctx, { send: async (m) => void delivered.push(m) });
    expect(delivered.find((m) => m.to === "blank@example.com")?.text).toContain(`/continue/${signed}`);
    const [row] = await backend.ctx.db.select().from(outbox).where(eq(outbox.toAddress, "blank@example.com"));
    expect(row.body).toBe(REDACTED_BODY);

    backend.clock.shift(7 * 24 * 60 * 60 * 1000 + 60_000);
    try {
      const late = await client(backend.url)("GET", `/api/v3/policy/continue/${signed}/`);
      expect(late.status).toBe(403);
      expect(late.json.code).toBe("link_expired");
    } finally {
      backend.clock.shift(-(7 * 24 * 60 * 60 * 1000 + 60_000));
    }
  });
});

it("product meta says the backend can email continue links", async () => {
  const meta = await client(backend.url)("GET", "/api/v3/policy/meta/bicycle/");
  expect(meta.json.can_email_continue_link).toBe(true);
});
