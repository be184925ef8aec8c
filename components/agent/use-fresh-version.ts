"use client";

import { useState } from "react";
import type { FreshPolicy } from "@/lib/agent/schemas";

/**
 * The version to send in If-Match: the page's, or (after a 412) the one the API said is current,
 * for as long as the page still shows the older one.
 */
export function useFreshVersion(
  pageVersion: string | undefined,
): [string | undefined, (policy: FreshPolicy | null) => void] {
  const [fresh, setFresh] = useState<{ seenOn: string | undefined; version: string } | null>(null);
  const version = fresh && fresh.seenOn === pageVersion ? fresh.version : pageVersion;
  const remember = (policy: FreshPolicy | null) => {
    if (policy) setFresh({ seenOn: pageVersion, version: policy.version_id });
  };
  return [version, remember];
}
