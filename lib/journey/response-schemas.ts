import { z } from "zod";
import { contentDataSchema, descriptionSchema, nextActionSchema } from "@/contract/journey";
import { formSchema } from "@/contract/form";
import { pricingSchema } from "@/contract/pricing";

// The schemas the journey's browser code reads answers with. Imported only through `journeySchemas()`, so zod and
// the contract's schemas arrive on demand, not in a step's first load.
export {
  paymentRequestSchema,
  paymentTokenResponseSchema,
  priceResponseSchema,
  submitResponseSchema,
} from "@/contract/journey";

/** The last submit-loop answer for a quote, as this tab received it (no secrets: those never reach the browser). */
export const announcementSchema = z.object({
  next_action: nextActionSchema,
  form: formSchema.nullable(),
  description: descriptionSchema,
  content_data: contentDataSchema.nullable(),
  pricing: pricingSchema.nullable().optional(),
  /** A display already read: reloading its step goes straight to the form. */
  read: z.boolean().optional(),
});
export type Announcement = z.infer<typeof announcementSchema>;
