/** A heading focused only to orient the reader: no focus ring on an element that is not a control. */
export const FOCUS_TARGET = "outline-none shadow-none";
