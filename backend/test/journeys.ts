import sharp from "sharp";
import { resolveRelativeDate, todayISO } from "../../contract/rules";
import type { Reply } from "./client";
import { client } from "./client";
import { afterReplySettled } from "../http/after-reply";

export const day = (spec: string) => resolveRelativeDate(spec, todayISO())!;
export const png = (width = 640, height = 480) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .png()
    .toBuffer();
export const dataUrl = (mime: string, bytes: Buffer) => `data:${mime};base64,${bytes.toString("base64")}`;

/** Answers that pass every step of each demo product, as a table: [form_id, answers]. Files are uploaded by `uploads`. */
export const validAnswers: Record<string, Array<[string, Record<string, unknown>]>> = {
  travel: [
    ["trip", { start_date: day("+10d"), end_date: day("+20d"), destination: "europe", medical_conditions: "no" }],
    [
      "lead-traveller",
      { first_name: "Ada", last_name: "Lovelace", email: "ada@example.com", phone: "+447700900123", marketing: false },
    ],
    [
      "travellers",
      {
        travellers: [{ full_name: "Ada Lovelace", date_of_birth: "1990-05-01", passport_number: "AB1234567" }],
        passports: "UPLOAD",
      },
    ],
    [
      "beneficiaries",
      {
        beneficiaries: [
          { fullname: "Byron Lovelace", dob: "1960-01-01", mobile: "+447700900456", email: "", relationship: "parent" },
        ],
      },
    ],
  ],
  bicycle: [
    [
      "bike",
      {
        make: "Brompton",
        model: "C Line",
        value: "1500.00",
        bike_type: "hybrid",
        frame_number: "ABC12345",
        claims: 0,
        start_date: day("+1d"),
      },
    ],
    ["quote", { tier: "standard", excess: "50", perils: ["theft-abroad"] }],
    [
      "owner",
      {
        first_name: "Grace",
        last_name: "Hopper",
        date_of_birth: "1980-12-09",
        email: "grace@example.com",
        phone: "",
        postcode: "SW1A 1AA",
      },
    ],
  ],
  "home-contents": [
    [
      "property",
      {
        address_line_1: "1 Acacia Avenue",
        address_line_2: "",
        town: "Bristol",
        postcode: "BS1 4DJ",
        country: "United Kingdom",
        property_type: "flat",
        floor: "first",
      },
    ],
    [
      "contents",
      {
        contents_value: "30000.00",
        high_value_items: [{ description: "Engagement ring", category: "jewellery", value: "2500.00" }],
        photos: "UPLOAD",
      },
    ],
    [
      "you",
      {
        first_name: "Alan",
        last_name: "Turing",
        date_of_birth: "1970-06-23",
        email: "alan@example.com",
        phone: "+447700900789",
        consent: true,
      },
    ],
  ],
};

export const asForm = (formId: string, answers: Record<string, unknown>) => ({
  form_id: formId,
  fields: Object.entries(answers).map(([name, value]) => ({ name, value })),
});

/** A customer's side of the API: keeps the policy number and quote token like a browser session would. */
export function applicant(base: string, slug: string, call = client(base)) {
  const state = {
    policyNumber: null as string | null,
    quoteToken: undefined as string | undefined,
    customerToken: undefined as string | undefined,
  };
  const auth = () => ({ quoteToken: state.quoteToken, token: state.customerToken });
  return {
    state,
    call,
    auth,
    async submit(formId: string, answers: Record<string, unknown>): Promise<Reply> {
      const reply = await call("POST", `/api/v3/policy/submit/${slug}/`, {
        body: { policy_number: state.policyNumber, form: asForm(formId, answers) },
        ...auth(),
      });
      if (reply.json?.policy_number) state.policyNumber = reply.json.policy_number;
      if (reply.json?.quote_token) state.quoteToken = reply.json.quote_token;
      if (reply.json?.customer_token) state.customerToken = reply.json.customer_token;
      return reply;
    },
    async upload(field: string, mime: string, bytes: Buffer, filename = "file") {
      return call("POST", `/api/v3/policy/${state.policyNumber}/attachment/add/`, {
        body: { data: dataUrl(mime, bytes), name: field, filename },
        ...auth(),
      });
    },
    get: (path: string) => call("GET", path, auth()),
    post: (path: string, body?: unknown) => call("POST", path, { body, ...auth() }),
  };
}

export type Applicant = ReturnType<typeof applicant>;

/**
 * The newest code in the outbox for `email`. A sign-in code is written just after its request's answer: this first
 * waits for that work when the backend runs in this process, then looks again for up to `waitMs` (0: once).
 */
export async function latestCode(base: string, email: string, waitMs = 3_000): Promise<string> {
  await afterReplySettled();
  const until = Date.now() + waitMs;
  for (;;) {
    const reply = await client(base)("GET", `/api/v3/dev/outbox/?to=${encodeURIComponent(email)}`);
    const body: string = reply.json.emails[0]?.body ?? "";
    const code = /\b(\d{6})\b/.exec(body)?.[1];
    if (code) return code;
    if (Date.now() >= until) throw new Error(`No code in the outbox for ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Answers every step of a product (uploading files and passing the OTP step) and returns the last reply. */
export async function completeSteps(
  base: string,
  a: Applicant,
  slug: string,
  overrides: Record<string, Record<string, unknown>> = {},
): Promise<Reply> {
  let reply: Reply | null = null;
  for (const [formId, answers] of validAnswers[slug]) {
    const filled = { ...answers, ...overrides[formId] };
    for (const [name, value] of Object.entries(filled)) {
      if (value !== "UPLOAD") continue;
      const up = await a.upload(name, "image/png", await png(), `${name}.png`);
      if (up.status !== 201) throw new Error(`upload failed: ${up.status} ${up.text}`);
      filled[name] = [{ id: up.json.file_reference, name: `${name}.png` }];
    }
    reply = await a.submit(formId, filled);
    if (reply.json?.has_errors) throw new Error(`${slug}/${formId} has errors: ${JSON.stringify(reply.json.form)}`);
    if (reply.json?.next_action === "perform_otp") {
      const email = String(
        overrides["lead-traveller"]?.email ?? validAnswers[slug].find(([id]) => id === "lead-traveller")?.[1].email,
      );
      reply = await a.submit("otp", { code: await latestCode(base, email) });
    }
  }
  return reply!;
}

/** Confirm, start a payment, pay on the sandbox page with `card`, follow the gateway back. Returns the final redirect. */
export async function pay(base: string, a: Applicant, card = "4242 4242 4242 4242", confirm = true, mode = "annual") {
  if (confirm) {
    await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`);
    const confirmed = await a.post(`/api/v3/policy/${a.state.policyNumber}/confirm/`, {
      form: asForm("confirmation", { accurate: true, accept_terms: true }),
    });
    if (confirmed.json?.next_action !== "pay") throw new Error(`confirm did not ask for payment: ${confirmed.text}`);
  }
  const returnUrl = "http://127.0.0.1:3999/quote/done";
  const token = await a.get(
    `/api/v3/payment/token/?policy_number=${a.state.policyNumber}&payment_mode=${mode}&return_url=${encodeURIComponent(returnUrl)}`,
  );
  const path = new URL(token.json.redirect_url).pathname;
  const call = a.call;
  const page = await call("POST", path, {
    raw: new URLSearchParams({ card_number: card, expiry: "12/39", cvc: "123", name: "A Customer" }).toString(),
    contentType: "application/x-www-form-urlencoded",
  });
  const processPath = page.headers.get("location")!;
  const back = await call("GET", processPath);
  return { token: token.json, processPath, location: new URL(back.headers.get("location")!), page, back };
}

/** A bought bicycle policy and its customer signed in by email code. */
export async function paidPolicy(base: string, email: string, lastName = "Hopper") {
  const a = applicant(base, "bicycle");
  await completeSteps(base, a, "bicycle", { owner: { email, last_name: lastName } });
  await pay(base, a);
  const call = client(base);
  await call("POST", "/api/v3/customer/otp/request/", { body: { email } });
  const signedIn = await call("POST", "/api/v3/customer/otp/verify/", {
    body: { email, code: await latestCode(base, email) },
  });
  return { policyNumber: a.state.policyNumber!, token: signedIn.json.token as string, applicant: a };
}
