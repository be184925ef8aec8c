"use client";

import { useState } from "react";
import type { ActionResult } from "@/components/agent/action-panel";
import { conflictResult, freshFromConflict, type PolicyNotice } from "@/components/agent/conflict-notice";
import type { PolicyActionId } from "@/lib/agent/actions";
import { useAgentWords } from "@/components/agent/use-agent-words";

/**
 * The version to send in If-Match: the page's, or (after a 412) the one the API said is current,
 * for as long as the page still shows the older one. `conflict` reads a 412's body, remembers its
 * version and gives the message to show (`retry`: what confirming again will do), or null when the
 * action can't be done to the policy as it is now (then `onStale` has been told why).
 */
export function useFreshVersion(
  pageVersion: string | undefined,
  action: PolicyActionId,
  onStale: (notice: PolicyNotice) => void,
): [string | undefined, (body: unknown, retry: string) => Promise<ActionResult | null>] {
  const [fresh, setFresh] = useState<{ seenOn: string | undefined; version: string } | null>(null);
  const words = useAgentWords();
  const version = fresh && fresh.seenOn === pageVersion ? fresh.version : pageVersion;
  const conflict = async (body: unknown, retry: string) => {
    const policy = await freshFromConflict(body);
    if (policy) setFresh({ seenOn: pageVersion, version: policy.version_id });
    return conflictResult(policy, action, retry, onStale, words);
  };
  return [version, conflict];
}
