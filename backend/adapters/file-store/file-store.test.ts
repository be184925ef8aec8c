import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../storage/db";
import { postgresStorage } from "../../storage/files-postgres";
import { openFileStorage } from "./open";
import { sharedSandboxCertificates } from "../../documents/sandbox-certificates";

let database: Database;
beforeAll(async () => {
  database = await openDatabase({ dataDir: "memory://" });
});
afterAll(() => database.close());

describe("the PostgreSQL file store", () => {
  it("keeps bytes exactly, replaces on a second put, and forgets on remove", async () => {
    const store = postgresStorage(database.db);
    const bytes = Buffer.from([0, 1, 2, 255, 254, 0, 10]);
    expect(await store.get("nothing-here")).toBeNull();
    await store.put("k1", bytes);
    expect((await store.get("k1"))!.equals(bytes)).toBe(true);
    await store.put("k1", Buffer.from("second"));
    expect((await store.get("k1"))!.toString()).toBe("second");
    await store.remove("k1");
    expect(await store.get("k1")).toBeNull();
  });

  it("is chosen for PostgreSQL and by FILE_STORE; the directory stays the default on PGlite", async () => {
    const pg = { ...database, kind: "postgres" as const };
    const byKind = (kind?: "directory" | "postgres", db = database) =>
      openFileStorage({ kind, database: db, dataDir: "/tmp/x" });
    await byKind("postgres").put("chosen", Buffer.from("in the table"));
    expect((await byKind(undefined, pg).get("chosen"))?.toString()).toBe("in the table");
    expect(await byKind(undefined).get("chosen")).toBeNull();
    expect(await byKind("directory", pg).get("chosen")).toBeNull();
  });

  it("holds the sandbox Wallet certificates once for every instance", async () => {
    const subject = { passTypeIdentifier: "pass.test", teamIdentifier: "TEAM" };
    const made = await sharedSandboxCertificates(postgresStorage(database.db), subject);
    const again = await sharedSandboxCertificates(postgresStorage(database.db), subject);
    expect(again).toEqual(made);
    expect(made.signerKey).toContain("PRIVATE KEY");
  });
});
