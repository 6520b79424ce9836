// A real SMTP server for tests: the application sends through nodemailer as in production, and the
// test reads what was delivered (subject, text and HTML decoded) to follow the links inside.
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createMailer } from '../notifications/mailer.ts';
import type { Mailer } from '../shared/mail.ts';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Map<string, string>;
  /** Parts sent as attachments (e.g. a meeting's .ics), decoded as text. */
  attachments: { filename: string; contentType: string; content: string }[];
}

export interface Mailbox {
  url: string;
  received: ReceivedMail[];
  mailer: Mailer;
  /** The next message to this address not yet taken, waiting for it to arrive. */
  next(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  /** Every message to this address that arrived so far. */
  to(address: string): ReceivedMail[];
  /** The mail server goes down: connections to its port are refused. */
  stop(): Promise<void>;
  /** The mail server is back on the same port. */
  resume(): Promise<void>;
  close(): Promise<void>;
}

function splitHead(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = at === -1 ? raw : raw.slice(0, at);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: at === -1 ? '' : raw.slice(at + 4) };
}

function decodeQuotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i] ?? ''));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  return body;
}

function decodeHeader(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_whole, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

type Parts = Pick<ReceivedMail, 'text' | 'html' | 'attachments'>;

function collectParts(raw: string, into: Parts): void {
  const { headers, body } = splitHead(raw);
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    for (const part of body.split(`--${boundary}`).slice(1)) {
      if (!part.startsWith('--')) collectParts(part.replace(/^\r\n/, ''), into);
    }
    return;
  }
  const decoded = decodeBody(body, headers.get('content-transfer-encoding'));
  const disposition = headers.get('content-disposition') ?? '';
  if (disposition.toLowerCase().startsWith('attachment')) {
    const filename = /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '';
    into.attachments.push({ filename, contentType: type, content: decoded });
    return;
  }
  if (type.toLowerCase().startsWith('text/html')) into.html = decoded;
  else into.text = decoded;
}

function parseMail(raw: string, to: string[]): ReceivedMail {
  const parts: Parts = { text: '', html: '', attachments: [] };
  collectParts(raw, parts);
  const { headers } = splitHead(raw);
  return { to, subject: decodeHeader(headers.get('subject') ?? ''), headers, ...parts };
}

function smtpServer(received: ReceivedMail[]): SMTPServer {
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(
          parseMail(
            Buffer.concat(chunks).toString('utf8'),
            session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          ),
        );
        callback();
      });
    },
  });
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port)),
  );
}

export async function startMailbox(): Promise<Mailbox> {
  const received: ReceivedMail[] = [];
  const taken = new Set<ReceivedMail>();
  let server = smtpServer(received);
  const port = await listen(server, 0);
  const url = `smtp://127.0.0.1:${port}`;
  const quiet = { info() {}, error() {} } as never;
  const mailbox: Mailbox = {
    url,
    received,
    mailer: createMailer(url, 'Helemaal Digitaal <noreply@helemaaldigitaal.example>', quiet),
    to: (address) => received.filter((m) => m.to.includes(address.toLowerCase())),
    async next(to, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = mailbox.to(to).find((m) => !taken.has(m));
        if (mail) {
          taken.add(mail);
          return mail;
        }
        if (Date.now() > deadline) throw new Error(`no e-mail for ${to} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async resume() {
      server = smtpServer(received);
      await listen(server, port);
    },
    async close() {
      mailbox.mailer.close();
      await mailbox.stop();
    },
  };
  return mailbox;
}

/** The first link in a text that starts with this path on the platform, e.g. "/verify-email". */
export function linkIn(text: string, path: string): URL {
  const match = new RegExp(`https?://\\S+?${path.replace(/[/?]/g, '\\$&')}\\S*`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return new URL(match[0]);
}
