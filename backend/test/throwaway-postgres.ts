import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** The newest PostgreSQL server binaries installed from Debian's packages, if any. */
export function postgresBin(): string | null {
  const base = "/usr/lib/postgresql";
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(path.join(base, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/**
 * A PostgreSQL cluster of our own in a temporary directory, to stop and start under load without touching the
 * machine's server. initdb refuses root, so as root it runs as the "postgres" user.
 */
export function throwawayPostgres(port: number) {
  const bin = postgresBin();
  if (!bin) throw new Error("No PostgreSQL server binaries under /usr/lib/postgresql.");
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(path.join(os.tmpdir(), "qp-pg-"));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, "data");
  const command = (tool: string, args: string[]): [string, string[]] => {
    const line = [path.join(bin, tool), ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
    return asRoot ? ["su", ["postgres", "-s", "/bin/sh", "-c", line]] : ["sh", ["-c", line]];
  };
  const run = (tool: string, args: string[]) => execFileSync(...command(tool, args), { stdio: "pipe" });
  // Async, so requests keep flowing while the server stops and starts.
  const runAsync = async (tool: string, args: string[]) => void (await promisify(execFile)(...command(tool, args)));
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]);
  const startArgs = ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"];
  run("pg_ctl", startArgs);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => runAsync("pg_ctl", startArgs),
    stop: (mode: "fast" | "immediate" = "fast") => runAsync("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    destroy() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
