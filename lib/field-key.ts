/*
 * Form-state keys (react-hook-form's, and the DOM ids made from them). react-hook-form reads "." and "[...]" in a
 * name as a path and reserves "root", while the contract allows any name. Names are escaped into keys and back;
 * ordinary names are unchanged.
 */
export function fieldKey(name: string): string {
  const key = name.replace(/[%.[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return key === "root" ? "%72oot" : key;
}

export function fieldName(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
