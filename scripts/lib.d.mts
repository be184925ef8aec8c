/** Builds the web app (next build) unless .next is newer than every source it is built from. */
export function ensureWebBuild(): Promise<void>;
