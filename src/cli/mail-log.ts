// Without SMTP_URL e-mails go to the log; a developer follows their links, production keeps the tokens out.
import type { MailLog } from '../notifications/mailer.ts';
import { redactSecrets } from '../web/request-log.ts';

function withoutTokens(details: object): object {
  return Object.fromEntries(
    Object.entries(details).map(([name, value]) => [name, typeof value === 'string' ? redactSecrets(value) : value]),
  );
}

export function mailLog(log: MailLog, production: boolean): MailLog {
  if (!production) return log;
  return { info: (details: object, message: string) => log.info(withoutTokens(details), message) } as MailLog;
}
