/** One email, with any files attached. */
export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  /** The same words as HTML, saying their language and direction. */
  html?: string;
  attachments: Array<{ filename: string; content: Buffer; contentType: string }>;
};

/** Whatever delivers email: SMTP today, an email API's client tomorrow. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}
