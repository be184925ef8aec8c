import { cache } from "react";
import { getMeta } from "@/lib/api";

/** Product meta, once per request however many parts of the page (metadata, body) ask. */
export const getMetaOnce = cache(getMeta);
