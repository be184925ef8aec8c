import { createHash, randomUUID } from "node:crypto";
import { and, asc, eq, getTableColumns, gte, isNotNull, lte, max, sql, type SQL } from "drizzle-orm";
import type { ChangeMeta, NewPolicy } from "../domain/stores";
import type { PgDialect } from "drizzle-orm/pg-core";
import type { Db } from "./db";
import { policies, policyVersions, type PolicyRow } from "./schema";
import { newPolicyNumber } from "../security/tokens";
import { StaleVersionError } from "../domain/errors";
import { checkTransition } from "../domain/status-transition";

/**
 * Inserts a new policy and its first version row in one statement (no transaction round trips; on PGlite an open
 * transaction holds up every other query), built once per set of columns and kept prepared. A policy number already
 * taken draws another.
 */
export function policyCreator(db: Db) {
  const statementFor = preparedPerShape((columns: Array<keyof PolicyRow>, id) => prepareInsert(db, columns, id));
  return async (data: NewPolicy, meta: ChangeMeta): Promise<PolicyRow> => {
    for (let attempt = 0; ; attempt++) {
      const row: PolicyRow = {
        ...data,
        policyNumber: newPolicyNumber(),
        versionId: randomUUID(),
        versionSeq: 1,
        createdAt: meta.at,
        updatedAt: meta.at,
        updatedBy: meta.by,
      };
      const columns = definedKeys(row);
      try {
        await statementFor(columns).execute(parameters(row, columns, versionOf(row, meta)));
        return row;
      } catch (e) {
        if (attempt < 5 && isUniqueViolation(e)) continue;
        throw e;
      }
    }
  };
}

/** Every this-many versions of a policy holds the whole row, so reading one as it stood folds at most this many. */
export const FULL_SNAPSHOT_EVERY = 32;

/**
 * Writes a change as the next version, only if nobody changed the policy since `current` was read: the update and
 * its version row in one statement (no transaction round trips), built once per set of columns and kept prepared.
 * It writes only the columns the change set, and its version row holds only those (every FULL_SNAPSHOT_EVERY-th the
 * whole row): a step's save used to send, and PostgreSQL parse and log, the whole row twice.
 */
export function policyUpdater(db: Db) {
  const statementFor = preparedPerShape((columns: Array<keyof Changes>, id) => prepareUpdate(db, columns, id));
  return async (current: PolicyRow, patch: Partial<PolicyRow>, meta: ChangeMeta): Promise<PolicyRow> => {
    if (patch.status) checkTransition(current.policyNumber, current.status, patch.status);
    const set = definedOnly(patch);
    const next: PolicyRow = {
      ...current,
      ...set,
      policyNumber: current.policyNumber,
      versionId: randomUUID(),
      versionSeq: current.versionSeq + 1,
      updatedAt: meta.at,
      updatedBy: meta.by,
    };
    const written = changedBy(set, next);
    const columns = Object.keys(written) as Array<keyof Changes>;
    const whole = next.versionSeq % FULL_SNAPSHOT_EVERY === 0;
    const rows = await statementFor(columns).execute({
      policyNumber: next.policyNumber,
      currentVersionId: current.versionId,
      ...parameters(written as Changes, columns, versionOf(next, meta, whole ? null : written)),
    });
    if (rows.length === 0) throw new StaleVersionError(next.policyNumber);
    return next;
  };
}

type Changes = Omit<PolicyRow, "policyNumber" | "createdAt">;
const definedKeys = <T extends object>(row: T) =>
  (Object.keys(row) as Array<keyof T>).filter((k) => row[k] !== undefined);
/** A patch without its undefined keys: a column left undefined keeps its value, in the row as in the table. */
const definedOnly = <T extends object>(patch: T): T =>
  Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as T;

/**
 * One prepared statement per set of columns written, built the first time that set comes. Its name comes from the
 * columns: a connection of the pool keeps a name for good, and each transaction has stores of its own, so a name
 * counted per store would come to stand for two statements (node-postgres refuses the second).
 */
function preparedPerShape<K extends string>(prepare: (columns: K[], id: string) => PreparedWrite) {
  const statements = new Map<string, PreparedWrite>();
  return (columns: K[]) => {
    const shape = columns.join(",");
    let statement = statements.get(shape);
    if (!statement) statements.set(shape, (statement = prepare(columns, shapeId(shape))));
    return statement;
  };
}

/**
 * The statement's parameters: each column's value as the driver takes it, and the version row's as `v_<key>`. A
 * version of changes only holds the columns just serialised, so its JSON is put together from theirs: the answers,
 * the largest part of a step's save, are serialised once, not twice.
 */
function parameters<K extends keyof PolicyRow>(row: Pick<PolicyRow, K>, columns: K[], version: VersionRow) {
  const values: Record<string, unknown> = {};
  for (const k of columns) values[k] = toDriver(policies[k], row[k]);
  for (const k of VERSION_KEYS) {
    values[`v_${k}`] =
      k === "changes" && version.changes === row
        ? changesJson(row, columns, values)
        : toDriver(policyVersions[k], version[k]);
  }
  return values;
}

/** JSON.stringify(row) over `columns`, with each JSON column's text taken from `serialised` instead of made again. */
function changesJson<K extends keyof PolicyRow>(
  row: Pick<PolicyRow, K>,
  columns: K[],
  serialised: Record<string, unknown>,
) {
  const members = columns.map((k) => {
    const value = row[k] === null ? "null" : JSON_COLUMNS.has(k) ? serialised[k] : JSON.stringify(row[k]);
    return `${JSON.stringify(k)}:${value}`;
  });
  return `{${members.join(",")}}`;
}
const JSON_COLUMNS = new Set<string>(
  Object.entries(getTableColumns(policies))
    .filter(([, column]) => column.getSQLType() === "jsonb")
    .map(([key]) => key),
);

const shapeId = (shape: string) => createHash("sha256").update(shape).digest("hex").slice(0, 16);

type PreparedWrite = { execute: (values: Record<string, unknown>) => Promise<unknown[]> };
type Session = {
  prepareQuery(
    query: unknown,
    fields: undefined,
    name: string,
    arrayMode: boolean,
  ): { execute(v: object): Promise<unknown> };
};
const toDriver = (column: { mapToDriverValue(v: unknown): unknown }, value: unknown) =>
  value === null || value === undefined ? null : column.mapToDriverValue(value);

/** UPDATE … SET each of `columns` WHERE the number and the version read, then its version row: placeholders only. */
function prepareUpdate(db: Db, columns: Array<keyof Changes>, id: string) {
  const set = Object.fromEntries(columns.map((k) => [k, sql`${sql.placeholder(k)}`]));
  const update = db
    .update(policies)
    .set(set)
    .where(
      and(
        eq(policies.policyNumber, sql.placeholder("policyNumber")),
        eq(policies.versionId, sql.placeholder("currentVersionId")),
      ),
    )
    .returning({ n: policies.policyNumber });
  return prepareWrite(db, sql`WITH written AS ${update} ${versionFromWritten()}`, `policy_update_${id}`);
}

/** INSERT INTO policies each of `columns`, then its first version row: placeholders only. */
function prepareInsert(db: Db, columns: Array<keyof PolicyRow>, id: string) {
  const values = Object.fromEntries(columns.map((k) => [k, sql`${sql.placeholder(k)}`]));
  const insert = db
    .insert(policies)
    .values(values as unknown as typeof policies.$inferInsert)
    .returning({ n: policies.policyNumber });
  return prepareWrite(db, sql`WITH written AS ${insert} ${versionFromWritten()}`, `policy_create_${id}`);
}

function prepareWrite(db: Db, statement: SQL, name: string): PreparedWrite {
  const { dialect, session } = db as unknown as { dialect: PgDialect; session: Session };
  const prepared = session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false);
  return {
    execute: async (values: Record<string, unknown>) => {
      const result = (await prepared.execute(values)) as { rows: unknown[] };
      return result.rows;
    },
  };
}

/** Reads a policy by its number: the statement built once and prepared (read on nearly every request). */
export function policyByNumber(db: Db) {
  const query = db
    .select()
    .from(policies)
    .where(eq(policies.policyNumber, sql.placeholder("n")))
    .limit(1)
    .prepare("policy_by_number");
  return async (policyNumber: string): Promise<PolicyRow | null> =>
    (await query.execute({ n: policyNumber }))[0] ?? null;
}

/**
 * The policy as it stood at `when` (null if it did not exist yet): the last version by then, folded from the last
 * whole row at or before it.
 */
export async function getPolicyAsOf(db: Db, policyNumber: string, when: string): Promise<PolicyRow | null> {
  const v = policyVersions;
  const ofPolicy = eq(v.policyNumber, policyNumber);
  const last = db
    .select({ seq: max(v.seq) })
    .from(v)
    .where(and(ofPolicy, lte(v.changedAt, when)));
  const lastWhole = db
    .select({ seq: max(v.seq) })
    .from(v)
    .where(and(ofPolicy, lte(v.seq, last), isNotNull(v.snapshot)));
  const rows = await db
    .select({ seq: v.seq, snapshot: v.snapshot, changes: v.changes })
    .from(v)
    .where(and(ofPolicy, gte(v.seq, lastWhole), lte(v.seq, last)))
    .orderBy(asc(v.seq));
  return foldVersions(policyNumber, rows);
}

type StoredVersion = { seq: number; snapshot: PolicyRow | null; changes: Partial<PolicyRow> | null };

/** The row a run of versions produced, oldest first: the first is whole, and each later one's changes lie over it. */
export function foldVersions(policyNumber: string, versions: StoredVersion[]): PolicyRow | null {
  let row = null as PolicyRow | null;
  for (const version of versions) {
    if (version.snapshot) row = version.snapshot;
    else if (row) row = { ...row, ...version.changes };
    else throw new Error(`Version ${version.seq} of ${policyNumber} has no whole row before it`);
  }
  return row;
}

export async function listVersions(db: Db, policyNumber: string, upTo?: number) {
  const rows = await db
    .select({
      seq: policyVersions.seq,
      versionId: policyVersions.versionId,
      status: policyVersions.status,
      changedAt: policyVersions.changedAt,
      changedBy: policyVersions.changedBy,
      reasonText: policyVersions.reasonText,
      note: policyVersions.note,
    })
    .from(policyVersions)
    .where(eq(policyVersions.policyNumber, policyNumber))
    .orderBy(asc(policyVersions.seq));
  return upTo === undefined ? rows : rows.filter((r) => r.seq <= upTo);
}

type VersionRow = ReturnType<typeof versionOf>;
const VERSION_KEYS = [
  "policyNumber",
  "seq",
  "versionId",
  "status",
  "snapshot",
  "changes",
  "changedAt",
  "changedBy",
  "reasonText",
  "note",
] as const satisfies ReadonlyArray<keyof VersionRow>;

/** INSERT INTO policy_versions … SELECT the row's values FROM written (nothing when nothing was written). */
function versionFromWritten() {
  const names = VERSION_KEYS.map((k) => sql.identifier(policyVersions[k].name));
  // Typed casts: a parameter in a SELECT list has no column to take its type from.
  const values = VERSION_KEYS.map((k) => sql`${sql.placeholder(`v_${k}`)}::${sql.raw(policyVersions[k].getSQLType())}`);
  return sql`INSERT INTO ${policyVersions} (${sql.join(names, sql`, `)})
    SELECT ${sql.join(values, sql`, `)} FROM written RETURNING 1`;
}

/** A version row: the whole `row`, or only `changes` when given. */
function versionOf(row: PolicyRow, meta: ChangeMeta, changes: Partial<PolicyRow> | null = null) {
  return {
    policyNumber: row.policyNumber,
    seq: row.versionSeq,
    versionId: row.versionId,
    status: row.status,
    snapshot: changes ? null : row,
    changes,
    changedAt: meta.at,
    changedBy: meta.by,
    reasonText: meta.reason ?? "",
    note: meta.note ?? "",
  };
}

/**
 * The columns a change writes, as they now stand: those the patch sets (its defined keys; never the number or the
 * creation) and the version's own.
 */
function changedBy(set: Partial<PolicyRow>, next: PolicyRow): Partial<Changes> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(set) as Array<keyof PolicyRow>)
    if (key !== "policyNumber" && key !== "createdAt") changes[key] = next[key];
  for (const key of ["versionId", "versionSeq", "updatedAt", "updatedBy"] as const) changes[key] = next[key];
  return changes as Partial<Changes>;
}

function isUniqueViolation(e: unknown): boolean {
  const code =
    (e as { code?: string; cause?: { code?: string } })?.code ?? (e as { cause?: { code?: string } })?.cause?.code;
  return code === "23505";
}
