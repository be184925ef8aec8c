"use client";

import { createContext, useContext } from "react";
import type { SubmitResponse } from "@/contract/journey";

/** Shows the step a submit answer names in place (LiveStep); false when the page must navigate instead. */
export type Advance = (answer: SubmitResponse, href: string) => boolean;

export const AdvanceContext = createContext<Advance | null>(null);

/** The page's way to show the next step without asking the server again; null outside a LiveStep. */
export const useStepAdvance = () => useContext(AdvanceContext);
