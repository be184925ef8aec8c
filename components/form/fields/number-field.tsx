"use client";

import { numericInput } from "./numeric-input";

/** Whole numbers. */
export const NumberField = numericInput("numeric");
