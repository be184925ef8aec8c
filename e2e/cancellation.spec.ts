import { boughtBicycle } from "./bought";
import type { Page } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { formatLongDate } from "../contract/rules";
import {
  dateGroup,
  dateValue,
  day,
  expect,
  expectAccessible,
  latestCode,
  mainHeading,
  test,
  uniqueEmail,
} from "./fixtures";

// Issue 14: a cancellation that changes the policy and refunds what is right; a renewal that follows on.
// Needs the demo users and policies (SEED_DEMO=1, as playwright.config.ts starts the backend).

const policyLink = (page: Page, n: string) => page.getByRole("link", { name: new RegExp(`, policy ${n}$`) });

async function customerSignIn(page: Page, email: string) {
  await page.goto("/account");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a code" }).click();
  await expect(page.getByText(/We've sent a code if that email has a policy with us/)).toBeVisible();
  await page.getByLabel("6-digit code").fill(await latestCode(page, email, "to sign in to your account"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(mainHeading(page)).toHaveText("Your policies");
}

async function supervisorSignIn(page: Page, next: string) {
  await page.goto(next);
  await page.getByLabel("Username").fill("supervisor");
  await page.getByLabel("Password").fill("supervisor-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Signed in as Sam Supervisor/)).toBeVisible();
}

test("a customer cancels in cooling-off with a full refund; the supervisor sees the date asked and approves", async ({
  page,
  browser,
}) => {
  test.setTimeout(420_000);
  const email = uniqueEmail("rosalind");
  const n = await boughtBicycle(email);
  await customerSignIn(page, email);
  await policyLink(page, n).click();
  await expect(mainHeading(page)).toHaveText(`Policy ${n}`);

  // Before sending, the refund for the date chosen, itemised: in cooling-off, everything back.
  const ends = day(11);
  const cancel = page.getByRole("region", { name: "Cancel your policy" });
  await cancel.getByLabel("Why do you want to cancel?").fill("I sold the bike");
  await cancel.getByLabel("When should your cover end?").fill(ends);
  const refund = cancel.getByRole("region", { name: "Your refund for this date" });
  await expect(refund).toContainText(`Cover ends on ${formatLongDate(ends)}.`);
  await expect(refund).toContainText("within the cooling-off period");
  await expect(refund).toContainText("Premium");
  const total = /Total refund(£[\d,]+\.\d{2})/.exec((await refund.textContent()) ?? "")?.[1];
  expect(total).toBeTruthy();
  await expectAccessible(page, "cancel with refund");
  await cancel.getByRole("button", { name: "Request cancellation" }).click();
  await expect(cancel.getByText("We've received your cancellation request")).toBeVisible();

  // The supervisor's decision shows what was asked, and the refund it gives.
  const staff = await (await browser.newContext()).newPage();
  await supervisorSignIn(staff, `/agent/policies/${n}`);
  const decision = staff.getByRole("region", { name: "Cancellation request", exact: true });
  await decision.getByRole("button", { name: "Decide" }).click();
  const asked = decision.getByRole("region", { name: "What the customer asked for" });
  await expect(asked).toContainText(`Asked to end cover on ${formatLongDate(ends)}.`);
  await expect(asked).toContainText(`Total refund${total}`);
  await decision.getByLabel("Approve the cancellation").check();
  await decision.getByRole("button", { name: "Confirm: approve the cancellation" }).click();
  await expect(staff.getByText(/is now Cancelled/)).toBeVisible();

  // The policy page now ends cover on the date asked, and lists the refund.
  await page.reload();
  await expect(page.getByRole("region", { name: "Your cover" })).toContainText(`to ${formatLongDate(ends)}`);
  const payments = page.getByRole("region", { name: "Payments" });
  await expect(payments.getByText("Refunded")).toBeVisible();
  await expect(payments).toContainText(`-${total}`);

  // The letter states it.
  const letter = await page.request.get(`/api/v3/policy/${n}/cancellation-letter/`);
  expect(letter.status()).toBe(200);
  const { text } = await new PDFParse({ data: new Uint8Array(await letter.body()) }).getText();
  expect(text).toContain(`Cover ends ${formatLongDate(ends)}`);
  expect(text).toContain(`Total refund ${total}`);
});

test("renewal: offered only near the end, starting the day after it; a second renew opens the first", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await customerSignIn(page, "demo.customer@example.com");
  const links = page.getByRole("link", { name: /, policy [A-Za-z0-9]+$/ });
  await expect(links.first()).toBeVisible();
  const numbers = (await links.allTextContents()).map((t) => /policy ([A-Za-z0-9]+)$/.exec(t)![1]);
  let due = "";
  for (const n of numbers) {
    await page.goto(`/account/policies/${n}`);
    await expect(mainHeading(page)).toHaveText(`Policy ${n}`);
    if (await page.getByRole("region", { name: "Renew your policy" }).count()) due = n;
  }
  // One demo policy was bought today (no renewal offered), one 340 days ago (in its window).
  expect(numbers.length).toBeGreaterThanOrEqual(2);
  expect(due).not.toBe("");

  // Its invitation: last year's price beside this year's, line by line, as on the email sent when the window opened.
  await page.goto(`/account/policies/${due}`);
  const invitation = page.getByRole("region", { name: "Your renewal price" });
  await expect(invitation).toContainText(/Renewing from \d{1,2} \w+ \d{4} costs £[\d,]+\.\d\d/);
  await expect(invitation.getByRole("row").last()).toHaveText(/^Total\s*£[\d,]+\.\d\d\s*£[\d,]+\.\d\d$/);
  const outbox = await (await page.request.get("/api/v3/dev/outbox/?to=demo.customer%40example.com")).json();
  const invited = (outbox.emails as Array<{ kind: string; subject: string }>).filter(
    (e) => e.kind === "renewal_invitation",
  );
  expect(invited.map((e) => e.subject)).toEqual([expect.stringContaining(`policy ${due}`)]);

  const renew = page.getByRole("region", { name: "Renew your policy" });
  const starts = /starts on (\d{1,2} \w+ \d{4})/.exec((await renew.textContent()) ?? "")?.[1];
  expect(starts).toBeTruthy();
  await renew.getByRole("button", { name: "Renew this policy" }).click();
  await expect(mainHeading(page)).toHaveText("Your bicycle");
  const first = /\/quote\/([^/]+)\//.exec(page.url())![1];
  const start = dateGroup(page, "When should cover start?");
  await expect(start.getByLabel("Day", { exact: true })).toHaveAttribute("readonly", "");
  expect(formatLongDate(await dateValue(start))).toBe(starts);

  await page.goto(`/account/policies/${due}`);
  await page
    .getByRole("region", { name: "Renew your policy" })
    .getByRole("button", { name: "Renew this policy" })
    .click();
  await expect(mainHeading(page)).toHaveText("Your bicycle");
  expect(/\/quote\/([^/]+)\//.exec(page.url())![1]).toBe(first);
});
