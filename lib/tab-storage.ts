/**
 * This tab's sessionStorage, or, where the browser refuses it (a third-party frame with storage blocked, as in a
 * partner's embed), a stand-in kept in memory: it lasts while the page does, which covers the journey's own
 * client-side moves from step to step.
 */
const memory = new Map<string, string>();
const inMemory: Pick<Storage, "getItem" | "setItem" | "removeItem"> = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, String(v)),
  removeItem: (k) => void memory.delete(k),
};

export function tabStorage(): Pick<Storage, "getItem" | "setItem" | "removeItem"> {
  try {
    const storage = window.sessionStorage;
    storage.getItem("");
    return storage;
  } catch {
    return inMemory;
  }
}
