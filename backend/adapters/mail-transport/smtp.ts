import nodemailer from "nodemailer";
import type { MailTransport } from "./types";

/** SMTP when SMTP_URL is set; without it, emails stay in the outbox marked "not sent (no SMTP configured)". */
export function smtpTransport(smtpUrl: string | undefined): MailTransport | null {
  if (!smtpUrl) return null;
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transporter.sendMail(message);
    },
  };
}
