/**
 * The development mail sink: a real SMTP server (smtp-server) on loopback that keeps what it
 * receives in memory, so a person can read the reset code at /dev/mail and tests can wait for it.
 */
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  id: number;
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: Date;
}

export interface DevMailbox {
  list(): ReceivedMail[];
  /** The oldest mail to `to` not yet taken by waitFor; waits for one if none is there. */
  waitFor(to: string, timeoutMs?: number): Promise<ReceivedMail>;
}

export interface RunningMailSink {
  host: string;
  port: number;
  mailbox: DevMailbox;
  close(): Promise<void>;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i] as string;
    const hex = soft.slice(i + 1, i + 3);
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeHeaderWord(value: string): string {
  return value.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
    enc.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
}

/** Enough MIME for the single-part text mails the service sends. */
export function parseSimpleMail(raw: string): { subject: string; text: string } {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split >= 0 ? raw.slice(0, split) : raw;
  const body = split >= 0 ? raw.slice(split).replace(/^\r?\n\r?\n/, '') : '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string): string =>
    new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { subject: decodeHeaderWord(header('Subject')), text: text.replace(/\r\n/g, '\n') };
}

export async function startMailSink(host = '127.0.0.1'): Promise<RunningMailSink> {
  const mails: ReceivedMail[] = [];
  const taken = new Set<number>();
  const waiters: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];

  const deliver = (mail: ReceivedMail): void => {
    mails.push(mail);
    for (const waiter of [...waiters]) {
      if (!taken.has(mail.id) && mail.to.includes(waiter.to)) {
        taken.add(mail.id);
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(mail);
      }
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'teleQ development mail sink',
    size: 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const { subject, text } = parseSimpleMail(Buffer.concat(chunks).toString('utf8'));
        deliver({
          id: mails.length + 1,
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          subject,
          text,
          receivedAt: new Date(),
        });
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const mailbox: DevMailbox = {
    list: () => [...mails],
    waitFor(to, timeoutMs = 10_000) {
      const wanted = to.toLowerCase();
      const ready = mails.find((mail) => !taken.has(mail.id) && mail.to.includes(wanted));
      if (ready) {
        taken.add(ready.id);
        return Promise.resolve(ready);
      }
      return new Promise((resolve, reject) => {
        const waiter = {
          to: wanted,
          resolve: (mail: ReceivedMail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no mail to ${to} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
  };

  return {
    host,
    port,
    mailbox,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
