/**
 * The broker's own pages: the completion page the embedded auth window lands on (the client
 * reads the code from the URL it navigates to, so the page never repeats it) and the page shown
 * when a provider's answer cannot be matched to any login (no client redirect is known then).
 */
import type { FastifyReply } from 'fastify';

const REASON_TEXT: Record<string, string> = {
  cancelled: 'The sign-in was cancelled.',
  provider_error: "Your organisation's sign-in service refused the sign-in.",
  state_mismatch: 'This sign-in link is no longer valid. Start again from the teleQ login.',
  invalid_token: "Your organisation's sign-in service answered something teleQ cannot trust.",
  unknown_subject: 'This account is not linked to a teleQ user.',
  wrong_organisation: 'This account belongs to another organisation.',
  user_mismatch: 'You signed in as a different user than the one who started the login.',
  provider_unreachable: "Your organisation's sign-in service cannot be reached.",
};

function escape(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, text: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title></head>
<body><main><h1>${escape(title)}</h1><p id="message">${escape(text)}</p></main></body></html>`;
}

export function sendPage(
  reply: FastifyReply,
  status: number,
  title: string,
  text: string,
): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    .send(page(title, text));
}

export function completionPage(reply: FastifyReply, query: Record<string, unknown>): FastifyReply {
  if (typeof query.code === 'string') {
    return sendPage(reply, 200, 'Signed in', 'You are signed in. You can close this window.');
  }
  const reason = typeof query.reason === 'string' ? query.reason : '';
  return sendPage(
    reply,
    200,
    'Sign-in failed',
    `${REASON_TEXT[reason] ?? 'The sign-in failed.'} You can close this window.`,
  );
}

export function failurePage(reply: FastifyReply, reason: string): FastifyReply {
  return sendPage(reply, 400, 'Sign-in failed', REASON_TEXT[reason] ?? 'The sign-in failed.');
}
