import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { resolveRelativeDate, todayISO } from "../../contract/rules";
import type { AppContext } from "../context";
import { payments, users } from "../storage/schema";
import { createUser, ROLES } from "../security/users";
import { findOrCreateCustomer } from "../security/customers";
import { getProduct } from "../products";
import { priceQuote } from "../domain/pricing";
import { coverDates } from "../domain/policy-facts";
import { freshProgress, NO_DISTRIBUTION } from "../domain/journey/save";
import { DEMO_CUSTOMER, DEMO_USERS } from "./accounts";
import { sendRenewalInvitations } from "../domain/renewal-invitation";

/** Demo sign-ins and two paid policies (one due for renewal), created once; safe to run on every start. */
export async function seedDemo(ctx: AppContext) {
  if (ctx.config.NODE_ENV === "production") throw new Error("Demo users are never created in production.");
  const [existing] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, DEMO_USERS[0].username))
    .limit(1);
  if (existing) {
    // A demo made before a permission was added gets it too (the supervisor holds every one).
    for (const u of DEMO_USERS)
      await ctx.db.update(users).set({ permissions: ROLES[u.role] }).where(eq(users.username, u.username));
    return;
  }
  for (const u of DEMO_USERS) await createUser(ctx, u);
  const customer = await findOrCreateCustomer(ctx, {
    email: DEMO_CUSTOMER.email,
    firstName: DEMO_CUSTOMER.firstName,
    lastName: DEMO_CUSTOMER.lastName,
  });
  await seedPolicy(ctx, customer.id, todayISO(ctx.now()), "PAY-DEMO0001", "Demo policy");
  // A second one bought 340 days ago: inside its renewal window, so the demo can renew it.
  const yearAgo = resolveRelativeDate("-340d", todayISO(ctx.now()))!;
  await seedPolicy(ctx, customer.id, yearAgo, "PAY-DEMO0002", "Demo policy due for renewal");
  // Its renewal invitation (email and the policy page's card), as the daily job would send it.
  await sendRenewalInvitations(ctx);
}

/** One paid demo bicycle policy of the demo customer, cover from `startDate`. */
export async function seedPolicy(
  ctx: AppContext,
  customerId: string,
  startDate: string,
  reference: string,
  reason: string,
) {
  const product = getProduct("bicycle")!;
  const answers = {
    bike: {
      make: "Brompton",
      model: "C Line Explore",
      value: "1850.00",
      bike_type: "hybrid",
      frame_number: "BROM12345",
      claims: 0,
      start_date: startDate,
    },
    quote: { tier: "standard", excess: "50", perils: ["theft-abroad"] },
    owner: {
      first_name: DEMO_CUSTOMER.firstName,
      last_name: DEMO_CUSTOMER.lastName,
      date_of_birth: resolveRelativeDate("-35y", startDate),
      email: DEMO_CUSTOMER.email,
      phone: "+447700900100",
      postcode: "BS1 4DJ",
    },
  };
  const pricing = priceQuote(product, answers)!;
  const dates = coverDates(product, answers, startDate);
  const at = ctx.now().toISOString();
  const policy = await ctx.stores.policies.create(
    {
      productSlug: product.slug,
      status: "S_ACTIVE",
      quoteTokenHash: null,
      customerId,
      soldByUserId: null,
      parentPolicyNumber: null,
      renewedFromPolicyNumber: null,
      isRenewal: false,
      answers,
      progress: { ...freshProgress(null), completed: ["bike", "quote", "owner"], confirmedAt: at },
      pricing,
      paymentMode: "annual",
      recurringPayment: false,
      startDate: dates.start_date,
      endDate: dates.end_date,
      customerName: `${DEMO_CUSTOMER.firstName} ${DEMO_CUSTOMER.lastName}`,
      customerFirstName: DEMO_CUSTOMER.firstName,
      customerLastName: DEMO_CUSTOMER.lastName,
      customerEmail: DEMO_CUSTOMER.email,
      cancellationReason: null,
      terminationDate: null,
      ...NO_DISTRIBUTION,
      language: "en",
    },
    { by: "Demo data", at, reason },
  );
  await ctx.db.insert(payments).values({
    token: randomUUID(),
    policyNumber: policy.policyNumber,
    mode: "annual",
    amount: pricing.total,
    currency: pricing.currency,
    returnUrl: "http://127.0.0.1/",
    status: "succeeded",
    gatewayResult: {
      approved: true,
      reason: "Approved",
      payerName: `${DEMO_CUSTOMER.firstName} ${DEMO_CUSTOMER.lastName}`,
      last4: "4242",
    },
    reference,
    approvalCode: "DEMO42",
    createdAt: at,
    processedAt: at,
  });
}
