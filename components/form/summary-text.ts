/** A server's bare "This field is required." needs the question's title to make sense in a list. */
export function withTitle(title: string, message: string): string {
  return title && !message.toLowerCase().includes(title.toLowerCase()) ? `${title}: ${message}` : message;
}
