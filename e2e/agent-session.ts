import type { Browser, Page } from "@playwright/test";
import { expect, mainHeading } from "./fixtures";

// The demo users (the backend starts with SEED_DEMO=1): the agent may only send continue links;
// the supervisor may do everything.
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
  // The console loads its first search straight after signing in: slow on a busy machine.
  await expect(page.getByText(USERS[who].says)).toBeVisible({ timeout: 30_000 });
}

export async function newSignedInPage(browser: Browser, who: keyof typeof USERS, next: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who, next);
  return page;
}

/** An action's panel on the policy page, by its title. */
export const panel = (page: Page, title: string) => page.getByRole("region", { name: title, exact: true });
