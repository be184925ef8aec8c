"use client";

import { createContext, useContext, type ComponentType } from "react";
import type { AnyField } from "./field-props";
import type { FieldStore } from "./field-store";

/** The list of fields a group renders per item; given by the renderer so a group needn't import the registry. */
export type FieldsComponent = ComponentType<{ fields: AnyField[]; basePath?: string }>;

/** Fixed for the life of a form, so reading it re-renders no field; what changes lives in the store. */
export type RendererContextValue = {
  policyNumber: string | null;
  today: string;
  /** Each field's value and messages (the client's checks and the server's). */
  store: FieldStore;
  /** Uploads report when they start (+1) and end (-1), so the step isn't sent while one is in flight. */
  trackUpload: (delta: 1 | -1) => void;
  Fields: FieldsComponent;
};

export const RendererContext = createContext<RendererContextValue | null>(null);

export function useRenderer(): RendererContextValue {
  const value = useContext(RendererContext);
  if (!value) throw new Error("A form field outside FormRenderer");
  return value;
}
