"use client";

import { createContext, useContext, type ComponentType } from "react";
import type { AnyField } from "./field-props";

/** The list of fields a group renders per item; given by the renderer so a group needn't import the registry. */
export type FieldsComponent = ComponentType<{ fields: AnyField[]; basePath?: string }>;

export type RendererContextValue = {
  policyNumber: string | null;
  today: string;
  /** Messages from the server, by form-state path. */
  serverErrors: Record<string, string[]>;
  /** Uploads report when they start (+1) and end (-1), so the step isn't sent while one is in flight. */
  trackUpload: (delta: 1 | -1) => void;
  Fields: FieldsComponent;
};

export const RendererContext = createContext<RendererContextValue>({
  policyNumber: null,
  today: "",
  serverErrors: {},
  trackUpload: () => {},
  Fields: () => null,
});

export function useRenderer(): RendererContextValue {
  return useContext(RendererContext);
}
