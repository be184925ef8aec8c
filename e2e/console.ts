import type { Browser, Page } from "@playwright/test";
import { expect, mainHeading } from "./fixtures";

// The agent console's demo users (the backend must start with SEED_DEMO=1) and the steps every console spec takes.

export const USERS = {
  agent: { username: "agent", password: "agent-demo-2026", says: "Signed in as Alex Agent (agent code A0001)" },
  supervisor: {
    username: "supervisor",
    password: "supervisor-demo-2026",
    says: "Signed in as Sam Supervisor (agent code S0001)",
  },
};

export async function signIn(page: Page, who: keyof typeof USERS, next = "/agent") {
  await page.goto(next);
  await expect(page).toHaveURL(/\/agent\/sign-in\?next=/);
  await expect(mainHeading(page)).toHaveText("Sign in to the agent console");
  await page.getByLabel("Username").fill(USERS[who].username);
  await page.getByLabel("Password").fill(USERS[who].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The password check is deliberately slow (argon2), and slower still with other sign-ins beside it.
  await expect(page.getByText(USERS[who].says)).toBeVisible({ timeout: 30_000 });
}

export async function newSignedInPage(browser: Browser, who: keyof typeof USERS, next: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, next);
  return page;
}

/** Presses "Continue this quote" on a continue link's page: the status of the POST that opens the link. */
export async function continueQuote(page: Page): Promise<number> {
  const opened = page.waitForResponse(
    (res) => res.request().method() === "POST" && /\/continue\/[^/]+\/open$/.test(res.url()),
  );
  await page.getByRole("button", { name: "Continue this quote" }).click();
  return (await opened).status();
}

/** One action's panel on a policy's page, by its title. */
export const panel = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
