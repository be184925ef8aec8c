/*
 * Form-state keys (the field store's, and the DOM ids made from them). The store reads "." in a key as a path, while
 * the contract allows any name, so names are escaped into keys and back ("[", "]" and "root" too: the keys predate
 * the store and drafts and ids made from them are kept); ordinary names are unchanged.
 */
export function fieldKey(name: string): string {
  const key = name.replace(/[%.[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return key === "root" ? "%72oot" : key;
}

export function fieldName(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
