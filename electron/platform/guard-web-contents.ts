/**
 * App-wide guards for every web contents, whoever made it: no `<webview>`, no pop-up unless a
 * more specific handler (the managed window's) allows it, no navigation of our own page away
 * from app://, and DevTools closed again unless policy allows them.
 */
import { app, type WebContents } from 'electron';
import { isTrustedSenderUrl } from '../core/app-scheme';

export function guardAllWebContents(
  allowDevTools: boolean,
  also: (contents: WebContents) => void = () => undefined,
): void {
  app.on('web-contents-created', (_event, contents) => {
    also(contents);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // Specific handlers (web-window.ts) replace this one for the contents they manage.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      // Our own page never navigates away from app:// (a link in a notice, a dropped file).
      if (isTrustedSenderUrl(contents.getURL()) && !isTrustedSenderUrl(event.url)) {
        event.preventDefault();
      }
    });
    if (!allowDevTools) {
      contents.on('devtools-opened', () => contents.closeDevTools());
    }
  });
}
