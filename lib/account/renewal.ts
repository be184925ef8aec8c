import { z } from "zod";

const money = z.string().regex(/^-?\d+\.\d{2}$/);
const line = z.object({ id: z.string(), label: z.string(), last_year: money, this_year: money, difference: money });

/** Extension `renewal_invitation` of the policy view (our backend); anything else reads as none. */
export const renewalInvitationSchema = z.object({
  policy_number: z.string(),
  renewal_policy_number: z.string(),
  renewal_status: z.string(),
  current_end_date: z.string(),
  renewal_start_date: z.string(),
  lines: z.array(line),
  total: z.object({ last_year: money, this_year: money, difference: money }),
  currency: z.string(),
  changes: z.array(z.object({ title: z.string(), before: z.string(), after: z.string() })),
  automatic_renewal: z.object({ on: z.boolean() }).nullable(),
  bought: z.boolean(),
});
export type RenewalInvitation = z.infer<typeof renewalInvitationSchema>;

/** The invitation in the view, or null when the backend sends none (or one in another shape). */
export function renewalInvitationOf(view: Record<string, unknown>): RenewalInvitation | null {
  const parsed = renewalInvitationSchema.safeParse(view.renewal_invitation);
  return parsed.success ? parsed.data : null;
}

/** Extension `automatic_renewal` of the view: null when the policy does not renew by itself, or no backend says. */
export function automaticRenewalOf(view: Record<string, unknown>): { on: boolean; renews_on: string | null } | null {
  const parsed = automaticRenewalSchema.safeParse(view.automatic_renewal);
  return parsed.success ? parsed.data : null;
}
export const automaticRenewalSchema = z.object({ on: z.boolean(), renews_on: z.string().nullable() });
export const automaticRenewalResultSchema = z.object({ automatic_renewal: automaticRenewalSchema.nullable() });
