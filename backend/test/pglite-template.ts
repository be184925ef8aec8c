import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openDatabase, MIGRATIONS_FOLDER } from "../storage/db";

/**
 * An in-memory test database starts from a dump of one made and migrated before (about 1 s instead of 4–5 s of initdb
 * and migrations per backend). The dump lives in the OS's temporary directory, named by a hash of the migrations and
 * the PGlite version, so a changed migration makes a new one; workers that race to make it write the same bytes.
 */
export async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `qp-pglite-template-${await templateKey()}.tar`);
  const saved = await readFile(file).catch(() => null);
  if (saved) return new Blob([saved]);
  const fresh = await openDatabase({ dataDir: "memory://" });
  const client = (fresh.db as unknown as { $client: { dumpDataDir(c: "none"): Promise<Blob> } }).$client;
  const dump = await client.dumpDataDir("none");
  await fresh.close();
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
  await rename(partial, file);
  return dump;
}

/** A hash of the migrations (and PGlite's version): a changed migration names a new template. */
export async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  const { version } = JSON.parse(
    await readFile(path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json"), "utf8"),
  ) as { version: string };
  hash.update(version);
  for (const dir of [MIGRATIONS_FOLDER, path.join(MIGRATIONS_FOLDER, "meta")]) {
    const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
    for (const name of names.sort()) hash.update(name).update(await readFile(path.join(dir, name)));
  }
  return hash.digest("hex").slice(0, 16);
}
