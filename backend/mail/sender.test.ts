import { afterAll, beforeAll, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { simpleParser, type ParsedMail } from "mailparser";
import { startBackend, type Backend } from "../test/harness";
import { client } from "../test/client";
import { applicant, completeSteps, pay } from "../test/journeys";
import { deliverQueued } from "./sender";
import { smtpTransport } from "../adapters/mail-transport/smtp";

let backend: Backend;
let smtp: SMTPServer;
let port: number;
const received: ParsedMail[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        done();
      }, done);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as { port: number }).port;
  backend = await startBackend();
});
afterAll(async () => {
  await backend.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

it("sends queued emails over SMTP; the policy-issued email carries the certificate; the policy logs it as sent", async () => {
  const a = applicant(backend.url, "bicycle");
  await completeSteps(backend.url, a, "bicycle");
  await pay(backend.url, a);
  const transport = smtpTransport(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
  expect(await deliverQueued(backend.ctx, transport)).toBeGreaterThan(0);
  await expect.poll(() => received.length, { timeout: 10_000 }).toBeGreaterThan(0);
  const mail = received.find((m) => m.subject?.includes(a.state.policyNumber!))!;
  expect(mail.to).toMatchObject({ text: "grace@example.com" });
  expect(mail.attachments.map((x) => x.contentType)).toEqual(["application/pdf"]);
  expect(mail.attachments[0].filename).toBe(`${a.state.policyNumber}-certificate-of-insurance.pdf`);
  // An HTML part beside the text, saying its language and direction.
  expect(mail.html).toContain('<html lang="en" dir="ltr">');
  expect(mail.html).toContain("Thank you.");
  const deliveries = async () => {
    const view = await client(backend.url)("GET", `/api/v3/policy/${a.state.policyNumber}/`, a.auth());
    return view.json.notification_logs.map((n: { delivery_status: string }) => n.delivery_status);
  };
  await expect.poll(deliveries).toEqual(["sent"]);
});
