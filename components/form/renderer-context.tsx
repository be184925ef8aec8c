"use client";

import { createContext, useContext } from "react";

export type RendererContextValue = {
  policyNumber: string | null;
  today: string;
  /** Messages from the server, by form-state path. */
  serverErrors: Record<string, string[]>;
};

export const RendererContext = createContext<RendererContextValue>({
  policyNumber: null,
  today: "",
  serverErrors: {},
});

export function useRenderer(): RendererContextValue {
  return useContext(RendererContext);
}
