/** Rows that must never exist, whatever was killed when: each query lists offenders. */
export const INVARIANTS: Record<string, string> = {
  "a policy without its current version": `SELECT p.policy_number FROM policies p LEFT JOIN policy_versions v
    ON v.policy_number = p.policy_number AND v.seq = p.version_seq AND v.version_id = p.version_id
    WHERE v.policy_number IS NULL`,
  "a version without its policy": `SELECT v.policy_number FROM policy_versions v LEFT JOIN policies p
    ON p.policy_number = v.policy_number WHERE p.policy_number IS NULL`,
  "a payment without its policy": `SELECT pay.token FROM payments pay LEFT JOIN policies p
    ON p.policy_number = pay.policy_number WHERE p.policy_number IS NULL`,
  // "processing" is a payment its instance died settling: the policy was issued, settle-stuck-payments finishes it.
  "an active policy without its payment": `SELECT p.policy_number FROM policies p WHERE p.status = 'S_ACTIVE'
    AND NOT EXISTS (SELECT 1 FROM payments pay WHERE pay.policy_number = p.policy_number
    AND pay.status IN ('succeeded', 'processing'))`,
  "an attachment without its policy": `SELECT a.ref FROM attachments a LEFT JOIN policies p
    ON p.policy_number = a.policy_number WHERE p.policy_number IS NULL`,
  "an attachment without its bytes": `SELECT a.ref FROM attachments a LEFT JOIN files f ON f.key = a.storage_key
    WHERE f.key IS NULL`,
};

/** Every broken invariant with its offenders (empty when all hold). */
export async function brokenInvariants(query: (text: string) => Promise<{ rows: Record<string, unknown>[] }>) {
  const broken: Record<string, unknown[]> = {};
  for (const [name, text] of Object.entries(INVARIANTS)) {
    const { rows } = await query(text);
    if (rows.length) broken[name] = rows.map((r) => Object.values(r)[0]);
  }
  return broken;
}
