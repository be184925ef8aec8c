"use client";

import { useState } from "react";
import type { ActionResult } from "@/components/agent/action-panel";
import { conflictResult, freshFromConflict } from "@/components/agent/conflict-notice";

/**
 * The version to send in If-Match: the page's, or (after a 412) the one the API said is current,
 * for as long as the page still shows the older one. `conflict` reads a 412's body, remembers its
 * version and gives the message to show (`retry`: what confirming again will do).
 */
export function useFreshVersion(
  pageVersion: string | undefined,
): [string | undefined, (body: unknown, retry: string) => ActionResult] {
  const [fresh, setFresh] = useState<{ seenOn: string | undefined; version: string } | null>(null);
  const version = fresh && fresh.seenOn === pageVersion ? fresh.version : pageVersion;
  const conflict = (body: unknown, retry: string) => {
    const policy = freshFromConflict(body);
    if (policy) setFresh({ seenOn: pageVersion, version: policy.version_id });
    return conflictResult(policy, retry);
  };
  return [version, conflict];
}
