import { canTransition } from "../../contract/lifecycle";
import { STATUSES, type StatusKey } from "../../contract/statuses";
import { conflict } from "./errors";

/** The one gate for a status change: every policy write passes here, and an illegal move is a conflict. */
export function checkTransition(policyNumber: string, from: StatusKey, to: StatusKey): void {
  if (canTransition(from, to)) return;
  throw conflict(`Policy ${policyNumber} can't go from ${STATUSES[from]} to ${STATUSES[to]}.`);
}
