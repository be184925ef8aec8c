/** The API's and the proxy's request body limit unless an endpoint says otherwise. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;
/** Base64 inflates by a third: a 10 MB file is a ~14 MB body. Per-field limits apply to the decoded bytes. */
export const ATTACHMENT_BODY_LIMIT = 16 * 1024 * 1024;
/** What the web app's proxy lets through for uploads. */
export const UPLOAD_BODY_LIMIT = 12 * 1024 * 1024;
