"use client";

import { numericInput } from "./numeric-input";

/** Decimal strings, e.g. amounts of money. */
export const DecimalField = numericInput("decimal");
