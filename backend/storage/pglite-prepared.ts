import type { PGlite, QueryOptions, Results } from "@electric-sql/pglite";
import { parse, protocol } from "@electric-sql/pglite";

type BackendMessage = Awaited<ReturnType<PGlite["execProtocolStream"]>>[number];
type Prepared = { name: string; paramTypes: number[]; described: BackendMessage[] };

/** Statements kept prepared per database; a query beyond these runs unnamed (parsed and planned each time). */
const MAX_PREPARED = 500;

/**
 * PGlite parses and plans every query again (most of a view's cost): this client keeps each parameterised query
 * the application sends outside a transaction as a named prepared statement, so PostgreSQL can reuse its plan, as
 * node-postgres does with a named query. Transactions, queries without parameters and blobs go to PGlite as they are.
 */
export function withPreparedStatements(client: PGlite): PGlite {
  const names = new Map<string, Prepared>();
  // PGlite's parser spreads the client's 318 type parsers into a new object for every result when a query brings its
  // own (drizzle's always do): a lookup through the prototype chain reads the same parser without the copy.
  const parsersFor = (own: QueryOptions["parsers"]) =>
    own ? Object.assign(Object.create(client.parsers), own) : client.parsers;
  const query = async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    if (params.length === 0 || options?.blob || (!names.has(text) && names.size >= MAX_PREPARED))
      return client.query<T>(text, params, options);
    // As PGlite's own query(): after any transaction in progress, one statement at a time.
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const run = (message: Uint8Array) => client.execProtocolStream(message, { ...options, syncToFs: false });
        let statement = names.get(text);
        if (!statement) statement = await prepare(run, text, options);
        const values = params.map((value, i) => {
          if (value === null || value === undefined) return null;
          const type = statement.paramTypes[i];
          const serialize = options?.serializers?.[type] ?? client.serializers[type];
          return serialize ? serialize(value) : String(value);
        });
        // Bind, execute and sync in one call into PostgreSQL: after an error it skips to the sync, as it would
        // over a socket. The result's columns were described once, when the statement was prepared.
        const messages = [
          ...statement.described,
          ...(await run(
            Buffer.concat([
              protocol.serialize.bind({ statement: statement.name, values }),
              protocol.serialize.execute({}),
              protocol.serialize.sync(),
            ]),
          )),
        ];
        if (!client.isInTransaction()) await client.syncToFs();
        const { parsers, ...rest } = options ?? {};
        return parse.parseResults(messages, parsersFor(parsers), rest)[0] as Results<T>;
      }),
    );
  };
  async function prepare(
    run: (message: Uint8Array) => Promise<BackendMessage[]>,
    text: string,
    options?: QueryOptions,
  ) {
    const name = `q${names.size + 1}`;
    try {
      await run(protocol.serialize.parse({ name, text, types: options?.paramTypes }));
      const params = await run(protocol.serialize.describe({ type: "S", name }));
      // A prepared statement's Describe answers its parameters and then its row description (or NoData).
      const statement = {
        name,
        paramTypes: parse.parseDescribeStatementResults(params),
        described: params.filter((m) => m.name === "rowDescription"),
      };
      names.set(text, statement);
      return statement;
    } finally {
      await run(protocol.serialize.sync());
    }
  }
  return new Proxy(client, {
    get(target, key) {
      if (key === "query") return query;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
