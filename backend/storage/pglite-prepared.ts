import type { PGlite, QueryOptions, Results } from "@electric-sql/pglite";
import { parse, protocol } from "@electric-sql/pglite";

/** Statements kept prepared per database; a query beyond these runs unnamed (parsed and planned each time). */
const MAX_PREPARED = 500;

/**
 * PGlite parses and plans every query again (most of a view's cost): this client keeps each parameterised query
 * the application sends outside a transaction as a named prepared statement, so PostgreSQL can reuse its plan, as
 * node-postgres does with a named query. Transactions, queries without parameters and blobs go to PGlite as they are.
 */
export function withPreparedStatements(client: PGlite): PGlite {
  const names = new Map<string, { name: string; paramTypes: number[] }>();
  const query = async <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
    if (params.length === 0 || options?.blob || (!names.has(text) && names.size >= MAX_PREPARED))
      return client.query<T>(text, params, options);
    // As PGlite's own query(): after any transaction in progress, one statement at a time.
    return client._runExclusiveTransaction(() =>
      client._runExclusiveQuery(async () => {
        const run = (message: Uint8Array) => client.execProtocolStream(message, { ...options, syncToFs: false });
        const messages = [];
        try {
          let statement = names.get(text);
          if (!statement) {
            const name = `q${names.size + 1}`;
            await run(protocol.serialize.parse({ name, text, types: options?.paramTypes }));
            const described = await run(protocol.serialize.describe({ type: "S", name }));
            statement = { name, paramTypes: parse.parseDescribeStatementResults(described) };
            names.set(text, statement);
          }
          const values = params.map((value, i) => {
            if (value === null || value === undefined) return null;
            const type = statement.paramTypes[i];
            const serialize = options?.serializers?.[type] ?? client.serializers[type];
            return serialize ? serialize(value) : String(value);
          });
          messages.push(...(await run(protocol.serialize.bind({ statement: statement.name, values }))));
          messages.push(...(await run(protocol.serialize.describe({ type: "P" }))));
          messages.push(...(await run(protocol.serialize.execute({}))));
        } finally {
          messages.push(...(await run(protocol.serialize.sync())));
        }
        if (!client.isInTransaction()) await client.syncToFs();
        return parse.parseResults(messages, client.parsers, options)[0] as Results<T>;
      }),
    );
  };
  return new Proxy(client, {
    get(target, key) {
      if (key === "query") return query;
      const value = Reflect.get(target, key, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
