import { z } from "zod";

const emailSchema = z.string().trim().toLowerCase().email("Enter a valid email address");

export const otpRequestSchema = z.object({ email: emailSchema });
export const otpVerifyRequestSchema = z.object({
  email: emailSchema,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, "must be the 6 digits from the email"),
});
export const policyLoginRequestSchema = z.object({
  policy_number: z.string().trim().min(1),
  last_name: z.string().trim().min(1),
});
export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(200),
  password: z.string().min(1).max(1000),
});

/** An answer that is only a sentence, e.g. "a code is on its way". */
export const detailResponseSchema = z.object({ detail: z.string() });

export const customerInfoSchema = z.object({ email: z.string(), first_name: z.string(), last_name: z.string() });
export const customerSignInResponseSchema = z.object({
  token: z.string(),
  expires_at: z.string(),
  customer: customerInfoSchema,
  policy_number: z.string().optional(),
});

/** A user's sign-in; lenient where a backend may say less. */
export const userSignInResponseSchema = z
  .object({
    user: z.object({ name: z.string(), agent_code: z.string().nullable().optional() }).passthrough(),
  })
  .passthrough();

/** POST /token/refresh/: the sign-in's new end. */
export const tokenRefreshResponseSchema = z.object({ expires_at: z.string() });
export type TokenRefreshResponse = z.infer<typeof tokenRefreshResponseSchema>;
