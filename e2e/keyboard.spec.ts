import { CARDS, CONFIRMATION, dateGroup, day, expect, expectBought, mainHeading, test, uniqueEmail } from "./fixtures";
import { activate, chooseWithKeys, tabTo, tickWithKeys, typeDate, typeInto } from "./keyboard";

// One whole purchase with the keyboard alone: Tab, Shift+Tab, Space, Enter and the arrow keys; no clicks.
test("a purchase with the keyboard alone", async ({ page }) => {
  const email = uniqueEmail("keys");
  const field = (label: string) => page.getByLabel(label, { exact: true });
  await page.goto("/");
  await activate(page, page.getByRole("link", { name: "Get a quote for bicycle insurance" }));
  await expect(mainHeading(page)).toHaveText("Keep on riding");
  await activate(page, page.getByRole("link", { name: "Start your quote" }));

  await expect(mainHeading(page)).toHaveText("Your bicycle");
  await typeInto(page, field("Make"), "Bromptn");
  await typeInto(page, field("Model"), "C Line");
  await typeInto(page, field("Make"), "Brompton", { back: true }); // back to fix a typo
  await typeInto(page, field("What is the bike worth?"), "1500.00");
  await chooseWithKeys(page, page.getByRole("radiogroup", { name: "What kind of bike is it?" }), "Road");
  await typeDate(page, dateGroup(page, "When should cover start?"), day(1));
  await page.keyboard.press("Enter"); // Enter in a field sends the step

  await expect(mainHeading(page)).toHaveText("Your cover");
  await chooseWithKeys(
    page,
    page.getByRole("radiogroup", { name: "Level of cover" }),
    "Premium: adds new-for-old and cover for your kit",
  );
  await tickWithKeys(page, page.getByLabel("Accidental damage"));
  await activate(page, page.getByRole("button", { name: "Continue" }));

  await expect(page.getByRole("heading", { level: 2, name: "Before you continue" })).toBeFocused();
  await activate(page, page.getByRole("button", { name: "Continue" }));

  await expect(mainHeading(page)).toHaveText("About you");
  await typeInto(page, field("First name"), "Grace");
  await typeInto(page, field("Last name"), "Hopper");
  await typeDate(page, dateGroup(page, "Date of birth"), "1980-12-09");
  await typeInto(page, field("Email address"), email);
  await typeInto(page, field("Home postcode"), "SW1A 1AA");
  await activate(page, page.getByRole("button", { name: "Continue" }));

  await expect(mainHeading(page)).toHaveText("Check your answers");
  for (const box of CONFIRMATION) await tickWithKeys(page, page.getByLabel(box, { exact: true }));
  await activate(page, page.getByRole("button", { name: "Confirm and continue" }));

  await expect(mainHeading(page)).toHaveText("Pay for your policy");
  await chooseWithKeys(page, page.getByRole("group", { name: "How would you like to pay?" }), /^Pay monthly:/);
  await activate(page, page.getByRole("button", { name: "Pay securely" }));

  await expect(page).toHaveURL(/\/payment\/sandbox\//);
  await typeInto(page, page.getByLabel("Card number"), CARDS.good);
  await typeInto(page, page.getByLabel("Expiry date (MM/YY)"), "12/39");
  await typeInto(page, page.getByLabel("Security code"), "123");
  await typeInto(page, page.getByLabel("Name on card"), "Grace Hopper");
  await page.keyboard.press("Enter");

  const n = /\/quote\/([^/]+)\/done/.exec(await page.waitForURL(/\/done$/).then(() => page.url()))![1];
  await expectBought(page, n);
  await tabTo(page, page.getByRole("link", { name: "Go to my policies" }));
});
