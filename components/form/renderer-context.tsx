"use client";

import { createContext, useContext } from "react";

export type RendererContextValue = {
  policyNumber: string | null;
  today: string;
  /** Messages from the server, by form-state path. */
  serverErrors: Record<string, string[]>;
  /** Uploads report when they start (+1) and end (-1), so the step isn't sent while one is in flight. */
  trackUpload: (delta: 1 | -1) => void;
};

export const RendererContext = createContext<RendererContextValue>({
  policyNumber: null,
  today: "",
  serverErrors: {},
  trackUpload: () => {},
});

export function useRenderer(): RendererContextValue {
  return useContext(RendererContext);
}
