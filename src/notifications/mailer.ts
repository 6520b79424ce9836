// Outgoing e-mail over SMTP (SMTP_URL). Without SMTP_URL, on a laptop, messages are written to the
// log instead so a developer can still follow a verification link.
import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Where messages go when no SMTP server is configured. */
export type MailLog = Pick<FastifyBaseLogger, 'info'>;

export function createMailer(smtpUrl: string | null, from: string, log: MailLog): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.info({ to: mail.to, subject: mail.subject, text: mail.text }, 'e-mail not sent (no SMTP_URL): logged instead');
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
