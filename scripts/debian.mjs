import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

let updated = false;

/** Installs a Debian package when its binary is missing and we may (Linux, root, apt-get); true when it is there. */
export function ensureDebianPackage(pkg, binary) {
  if (existsSync(binary)) return true;
  if (process.platform !== "linux" || process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) return false;
  console.log(`Installing ${pkg} from Debian's packages (apt-get install ${pkg})…`);
  if (!updated) updated = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" }).status === 0;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  spawnSync("apt-get", ["install", "-y", "-qq", pkg], { stdio: "inherit", env });
  return existsSync(binary);
}
