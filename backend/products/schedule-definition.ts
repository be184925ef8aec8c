import { z } from "zod";

/** A row of answers: `answers` are "<form_id>.<field>" paths, written by field type and joined. */
const answersRowSchema = z
  .object({ label: z.string().min(1), answers: z.array(z.string().min(1)).min(1), join: z.string().default(" ") })
  .strict();

/** One row per item of a repeating group: labelled by one sub-field, valued by others. */
const itemsRowSchema = z
  .object({
    each: z.string().min(1),
    label_from: z.string().min(1),
    answers: z.array(z.string().min(1)).min(1),
    join: z.string().default(", "),
  })
  .strict();

export const scheduleSectionSchema = z
  .object({ heading: z.string().min(1), rows: z.array(z.union([answersRowSchema, itemsRowSchema])).min(1) })
  .strict();
export type ScheduleSection = z.output<typeof scheduleSectionSchema>;

/** People a policy covers, in a role ("Traveller"), from a repeating group's items. */
export const insuredSchema = z
  .object({
    role: z.string().min(1),
    each: z.string().min(1),
    name: z.string().min(1),
    details: z.array(z.string()).default([]),
  })
  .strict();
export type InsuredDefinition = z.output<typeof insuredSchema>;

/** The insurance product information document (IPID): what a customer should know before buying. */
export const productInformationSchema = z
  .object({
    summary: z.string().min(1),
    covered: z.array(z.string().min(1)).min(1),
    not_covered: z.array(z.string().min(1)).min(1),
    restrictions: z.array(z.string().min(1)).min(1),
    where: z.string().min(1),
    obligations: z.array(z.string().min(1)).min(1),
    payment: z.string().min(1),
    cancellation: z.string().min(1),
  })
  .strict();
export type ProductInformation = z.output<typeof productInformationSchema>;
