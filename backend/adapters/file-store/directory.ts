import { mkdir, readFile, writeFile, rm } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./types";

export function directoryStorage(root: string): FileStorage {
  const safe = (key: string) => {
    if (!/^[A-Za-z0-9_-]+$/.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = safe(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    },
    async get(key) {
      try {
        return await readFile(safe(key));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw e;
      }
    },
    async remove(key) {
      await rm(safe(key), { force: true });
    },
  };
}
