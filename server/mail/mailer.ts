/**
 * Outgoing mail through SMTP (nodemailer). Sending never blocks or fails an answer: /password/
 * forgot must look the same whether or not a mail went out, so failures are only logged (without
 * the message, which holds the code).
 */
import nodemailer from 'nodemailer';
import type { FastifyBaseLogger } from 'fastify';

export interface SmtpOptions {
  host: string;
  port: number;
  secure?: boolean;
  user?: string;
  pass?: string;
  from?: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** Queues the mail; resolves when sent or failed (never rejects). */
  send(mail: OutgoingMail): Promise<boolean>;
  close(): void;
}

export const DEFAULT_FROM = 'Aurora teleQ <no-reply@aurorateleq.com>';

export function createMailer(options: SmtpOptions, log: FastifyBaseLogger): Mailer {
  const transport = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure ?? false,
    // The loopback sink offers no TLS; a real relay is configured with secure or STARTTLS.
    ignoreTLS: options.host === '127.0.0.1' || options.host === '::1',
    ...(options.user ? { auth: { user: options.user, pass: options.pass ?? '' } } : {}),
  });
  return {
    async send(mail) {
      try {
        await transport.sendMail({
          from: options.from ?? DEFAULT_FROM,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
        return true;
      } catch (err) {
        log.warn({ errCode: (err as { code?: string }).code ?? 'unknown' }, 'mail not sent');
        return false;
      }
    },
    close() {
      transport.close();
    },
  };
}
