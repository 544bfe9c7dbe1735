/** GET /dev/mail: the development mail sink's inbox, registered only when the sink runs. */
import type { FastifyPluginAsync } from 'fastify';
import type { DevMailbox } from '../mail/dev-mailbox';
import { escapeHtml } from '../webapp/pages';
import { APP_CSP } from './webapp';

export const devMailRoutes: FastifyPluginAsync<{ mailbox: DevMailbox }> = async (
  app,
  { mailbox },
) => {
  app.get('/dev/mail', async (_request, reply) => {
    const items = mailbox
      .list()
      .slice()
      .reverse()
      .map(
        (mail) => `<article><h2>${escapeHtml(mail.subject)}</h2>
<p>To ${escapeHtml(mail.to.join(', '))} · ${escapeHtml(mail.receivedAt.toISOString())}</p>
<pre>${escapeHtml(mail.text)}</pre></article>`,
      )
      .join('\n');
    return reply
      .headers({ 'content-security-policy': APP_CSP, 'cache-control': 'no-store' })
      .type('text/html; charset=utf-8')
      .send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Development mail</title>
<link rel="stylesheet" href="/app/app.css"></head><body><div class="notice">
<h1>Development mail sink</h1><p>Mail the login service sent (development only).</p>
${items || '<p>No mail yet.</p>'}</div></body></html>`);
  });
};
