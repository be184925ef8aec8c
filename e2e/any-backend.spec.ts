import type { Locator, Page } from "@playwright/test";
import { FUTURE_VACCINATION, NONE_WITH_OTHERS, TEST_NAME_REFUSAL, WRONG_CODE } from "./contract-backend/underwriting";
import { answer, bikeAnswers, dateGroup, day, expect, mainHeading, test, type Answer } from "./fixtures";

/*
 * The journey through ANY backend that honours the contract. Project "contract" runs it against
 * e2e/contract-backend (another vendor's pet cover, no extensions); project "chromium" runs the
 * shared part against our own backend's bicycle product. Every control is found by the title the
 * backend sends. The step is expected in the address (/quote/<n>/<form id>); the regex below
 * also takes /quote/<n>?step=<id>.
 */

type Step = { id: string; heading: string; answers: Answer[] };
/** `kept`: a text answer of the first step, checked after going back to it. */
type Scenario = { product: string; intro: string | null; steps: [Step, Step]; total: number; kept: [string, string] };

const petProfile: Answer[] = [
  { fill: "Pet's name", with: "Biscuit" },
  { choose: "Which animal is it?", option: "Dog" },
  { select: "Breed group", option: "Crossbreed" },
  { fill: "Date of birth", with: "2019-04-02" },
  { fill: "Weight in kilograms", with: "12.5" },
];
const vaccination = (vaccine: string, on: string): Answer[] => [
  { select: "Vaccine", option: vaccine },
  { fill: "Date given", with: on },
];
const vetHistory = (second: string): Answer[] => [
  { fill: "Vet visits in the last 12 months", with: "2" },
  { tick: "Known conditions", options: ["Allergies"] },
  { group: "Vaccinations", items: [vaccination("Rabies", day(-200)), vaccination("Leptospirosis", second)] },
  { fill: "Anything else the vet told you", with: "Mild hay fever in spring." },
];

const SCENARIOS: Record<string, Scenario> = {
  contract: {
    product: "Pet cover",
    intro: "Cover for the ones who can't ask",
    total: 4,
    kept: ["Pet's name", "Biscuit"],
    steps: [
      { id: "pet-profile", heading: "Your pet", answers: petProfile },
      { id: "vet-history", heading: "Vet history", answers: vetHistory(day(-30)) },
    ],
  },
  chromium: {
    product: "Bicycle insurance",
    intro: "Keep on riding",
    total: 3,
    kept: ["Make", "Brompton"],
    steps: [
      { id: "bike", heading: "Your bicycle", answers: bikeAnswers() },
      { id: "quote", heading: "Your cover", answers: [] },
    ],
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const mentions = (text: string) => new RegExp(escape(text));
/** The quote's step in the address: /quote/<n>/<id>, or /quote/<n>?step=<id>. */
const stepUrl = (id: string) => new RegExp(`/quote/([^/?#]+)(?:/|\\?(?:step|form_id)=)${escape(id)}(?:[/?#&]|$)`);
const policyIn = (page: Page, id: string) => stepUrl(id).exec(page.url())![1];
const next = (page: Page) => page.getByRole("button", { name: "Continue", exact: true }).click();

async function onStep(page: Page, step: Pick<Step, "heading">) {
  await expect(mainHeading(page)).toHaveText(step.heading);
}

/** An error shown for a control and tied to it (aria-invalid, and the message in its description). */
/** `invalid`: the box marked invalid, when it is not the control described (a date's day box, in its group). */
async function expectTied(control: Locator, message: string | RegExp, invalid = control) {
  await expect(invalid).toHaveAttribute("aria-invalid", "true");
  await expect(control).toHaveAccessibleDescription(typeof message === "string" ? mentions(message) : message);
}

async function start(page: Page, s: Scenario) {
  await page.goto("/");
  await page.getByRole("link", { name: `Get a quote for ${s.product.toLowerCase()}` }).click();
  if (s.intro) {
    await expect(mainHeading(page)).toHaveText(s.intro);
    await page.getByRole("link", { name: "Start your quote" }).click();
  }
}

test("any backend: the step lives in the address (reload, Back and Forward, a deep link)", async ({ page }, info) => {
  const s = SCENARIOS[info.project.name];
  test.skip(!s, `no scenario for project ${info.project.name}`);
  const [first, second] = s.steps;
  await start(page, s);
  await onStep(page, first);
  await page.reload();
  await onStep(page, first);

  // Nothing answered: the browser's own check, tied to the first question.
  await next(page);
  await expectTied(page.getByLabel(s.kept[0], { exact: true }), /\S/);
  for (const a of first.answers) await answer(page, a);
  await next(page);

  await expect(page).toHaveURL(stepUrl(second.id));
  await onStep(page, second);
  const n = policyIn(page, second.id);
  await expect(page.getByText(`Step 2 of ${s.total}`)).toBeVisible();
  // "Email me a link to continue" is our backend's extension: a contract-only backend never gets the offer.
  await expect(page.getByText("Email me a link to continue")).toHaveCount(info.project.name === "contract" ? 0 : 1);
  await page.reload();
  await onStep(page, second);

  await page.goBack();
  await onStep(page, first);
  await expect(page.getByLabel(s.kept[0], { exact: true })).toHaveValue(s.kept[1]);
  await page.goForward();
  await onStep(page, second);

  // A deep link to the earlier step, from a fresh page of the same session.
  const other = await page.context().newPage();
  await other.goto(`/quote/${n}/${first.id}`);
  await onStep(other, first);
  await expect(other.getByLabel(s.kept[0], { exact: true })).toHaveValue(s.kept[1]);
  await other.close();
});

test("contract backend: a whole purchase, every kind of error, start to finish", async ({ page }, info) => {
  test.skip(info.project.name !== "contract", "the pet product and its rules exist only on the contract backend");
  test.setTimeout(180_000);
  const s = SCENARIOS.contract;
  await start(page, s);
  let n = "";

  await test.step("pet profile: client errors, the unknown field's notice, a server-only field error", async () => {
    await onStep(page, { heading: "Your pet" });
    await page.reload();
    await onStep(page, { heading: "Your pet" });
    await expect(page.getByText("Paw print")).toBeVisible();
    await expect(page.getByText(/can.?t be shown|cannot be shown|not supported/i)).toBeVisible();
    const name = page.getByLabel("Pet's name", { exact: true });
    await next(page);
    await expectTied(name, /\S/);
    await expectTied(page.getByRole("radiogroup", { name: "Which animal is it?" }), /\S/);
    for (const a of petProfile) await answer(page, a);
    await name.fill("R2D2");
    await next(page);
    await expectTied(name, /\S/);
    await expect(mainHeading(page)).toHaveText("Your pet");
    await name.fill("Test");
    await next(page);
    await expectTied(name, TEST_NAME_REFUSAL);
    await name.fill("Biscuit");
    await next(page);
    await expect(page).toHaveURL(stepUrl("vet-history"));
    n = policyIn(page, "vet-history");
  });

  await test.step("vet history: uploads judged by content, a group item error, a form-level error, a notice", async () => {
    await onStep(page, { heading: "Vet history" });
    await page.reload();
    await onStep(page, { heading: "Vet history" });
    const card = page.getByLabel("Vaccination card", { exact: true });
    await card.setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("these are not pixels") });
    await expect(page.getByText(/isn't a PNG or JPEG picture/).first()).toBeVisible();
    await expectTied(card, /isn't a PNG or JPEG picture/);
    await answer(page, { upload: "Vaccination card", files: ["vaccination-card.png"] });

    for (const a of vetHistory(day(5))) await answer(page, a);
    await next(page);
    const vaccinations = page.getByRole("group", { name: "Vaccinations", exact: true });
    const second = vaccinations.getByRole("group", { name: / 2$/ });
    const given = dateGroup(second, "Date given");
    await expectTied(given, FUTURE_VACCINATION, given.getByLabel("Day", { exact: true }));

    await answer(second, { fill: "Date given", with: day(-30) });
    await answer(page, { tick: "Known conditions", options: ["None of these"] });
    await next(page);
    await expect(page.getByText(NONE_WITH_OTHERS).first()).toBeVisible();
    await page.getByRole("group", { name: "Known conditions" }).getByLabel("None of these", { exact: true }).uncheck();
    await next(page);

    await expect(page.getByRole("heading", { level: 2, name: "About earlier conditions" })).toBeVisible();
    await next(page);
  });

  await test.step("keeper: reload, browser Back and Forward", async () => {
    await onStep(page, { heading: "The keeper" });
    await expect(page).toHaveURL(stepUrl("keeper"));
    await page.reload();
    await onStep(page, { heading: "The keeper" });
    await page.goBack();
    await expect(page.getByRole("heading", { name: /^(Vet history|About earlier conditions)$/ })).toBeVisible();
    await page.goForward();
    await onStep(page, { heading: "The keeper" });
    await next(page);
    await expectTied(page.getByLabel("I am the pet's registered keeper", { exact: true }), /\S/);
    for (const a of [
      { fill: "Keeper's full name", with: "Orla Byrne" },
      { fill: "Keeper's email", with: "orla@example.ie" },
      { fill: "Keeper's mobile", with: "+353851234567" },
      { fill: "Cover from", with: day(3) },
      { check: "I am the pet's registered keeper", on: true },
    ] satisfies Answer[])
      await answer(page, a);
    await next(page);
  });

  await test.step("email check: a wrong code, then the sandbox code", async () => {
    await onStep(page, { heading: "Email check" });
    await page.reload();
    await onStep(page, { heading: "Email check" });
    const code = page.getByLabel("Six-digit code", { exact: true });
    await code.fill("135790");
    await next(page);
    await expectTied(code, WRONG_CODE);
    await code.fill("246810");
    await next(page);
  });

  await test.step("review: the answers as the backend words them, a deep link back and return", async () => {
    await expect(mainHeading(page)).toHaveText("Check your answers");
    await page.reload();
    await expect(mainHeading(page)).toHaveText("Check your answers");
    await expect(page.getByText("Biscuit")).toBeVisible();
    await expect(page.getByText("vaccination-card.png")).toBeVisible();
    await expect(page.getByText(/€\s?91\.56|91\.56\s?€|EUR\s?91\.56/).first()).toBeVisible();

    await page.goto(`/quote/${n}/vet-history`);
    await onStep(page, { heading: "Vet history" });
    await expect(page.getByLabel("Vet visits in the last 12 months", { exact: true })).toHaveValue("2");
    await expect(page.getByText("vaccination-card.png")).toBeVisible();
    await page.goBack();
    await expect(mainHeading(page)).toHaveText("Check your answers");
  });

  await test.step("confirmation: the declaration required, then the policy is active", async () => {
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    const declaration = page.getByLabel("I declare these answers are true", { exact: true });
    await expectTied(declaration, /\S/);
    await declaration.check();
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await expect(page).toHaveURL(new RegExp(`/quote/${n}/done`));
    await expect(page.getByRole("definition").filter({ hasText: /^Active$/ })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("definition").filter({ hasText: /^Active$/ })).toBeVisible();
    await expect(page.getByText(n).first()).toBeVisible();
  });
});
