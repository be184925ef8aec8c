/** The shapes this vendor sends, written from the contract's tables (not from the web app's code). */

export type Choice = { value: string; label: string };

export type FieldDef = {
  type: string;
  name: string;
  title: string;
  required: boolean;
  value?: unknown;
  help_text?: string;
  placeholder?: string;
  show_if?: { field: string; equals: unknown } | { field: string; in: unknown[] };
  choices?: Choice[];
  rules?: Record<string, unknown>;
  fields?: FieldDef[];
  content?: string;
};

export type FormDef = {
  form_id: string;
  form_name: string;
  form_type: "form" | "otp" | "confirmation";
  description: string;
  fields: FieldDef[];
};

/** A field as sent: its definition plus the current value and any messages. */
export type FieldOut = FieldDef & {
  value: unknown;
  errors?: string[];
  item_errors?: Array<{ index: number; name: string; errors: string[] }>;
};

export type FormOut = {
  form_id: string;
  form_name: string;
  form_type: string;
  fields: FieldOut[];
  errors?: string[];
};

export type Answers = Record<string, unknown>;
