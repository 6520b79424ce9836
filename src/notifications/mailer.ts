// Outgoing e-mail over SMTP (SMTP_URL). Without SMTP_URL, on a laptop, messages are written to the
// log instead so a developer can still follow a verification link. Each outcome is counted for
// /metrics (hd_emails_total).
import nodemailer, { type Transporter } from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';
import type { Mailer } from '../shared/mail.ts';

/** Where messages go when no SMTP server is configured. */
export type MailLog = Pick<FastifyBaseLogger, 'info'>;

// For the whole process: the server's e-mails and its schedules' go through mailers made here.
const deliveries = { sent: 0, failed: 0, logged: 0 };

/** E-mails this process handed to the SMTP server, that the server refused or never reached, and that were only logged. */
export function mailDeliveries(): Readonly<typeof deliveries> {
  return { ...deliveries };
}

export function createMailer(smtpUrl: string | null, from: string, log: MailLog): Mailer {
  if (!smtpUrl) {
    return {
      async send(mail) {
        log.info(
          { to: mail.to, subject: mail.subject, text: mail.text },
          'e-mail not sent (no SMTP_URL): logged instead',
        );
        deliveries.logged += 1;
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, ...mail });
      } catch (error) {
        deliveries.failed += 1;
        throw error;
      }
      deliveries.sent += 1;
    },
    close: () => transport.close(),
  };
}
