/**
 * The development IdP's own pages: a sign-in form a person can use, and an error page. Plain
 * server-rendered HTML without scripts, so it works in the embedded auth window, the system
 * browser and a test's cookie-jar fetch alike.
 */

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #eef2f5; color: #1b2733; margin: 0; }
  main { max-width: 24rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
         box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  h1 { font-size: 1.3rem; margin-top: 0; }
  label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; }
  .actions { display: flex; gap: .5rem; margin-top: 1.5rem; }
  button { padding: .6rem 1rem; font-size: 1rem; }
  .error { color: #a0001b; font-weight: 600; }
  .note { font-size: .85rem; color: #4a5763; }
</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export interface LoginPageInput {
  uid: string;
  clientName: string;
  loginHint?: string;
  error?: string;
}

export function renderLoginPage(input: LoginPageInput): string {
  const uid = encodeURIComponent(input.uid);
  const error = input.error
    ? `<p class="error" role="alert" id="login-error">${escapeHtml(input.error)}</p>`
    : '';
  return layout(
    'Sign in: teleQ development identity provider',
    `<h1>Sign in to your organisation</h1>
<p class="note">Development identity provider for ${escapeHtml(input.clientName)}. Your password here is your
organisation account's password, not your teleQ password.</p>
${error}
<form method="post" action="/interaction/${uid}/login" autocomplete="off">
  <label for="username">Username</label>
  <input id="username" name="username" required value="${escapeHtml(input.loginHint ?? '')}" autofocus>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" required>
  <div class="actions">
    <button type="submit">Sign in</button>
    <button type="submit" formaction="/interaction/${uid}/abort" formnovalidate>Cancel</button>
  </div>
</form>`,
  );
}

export function renderErrorPage(error: string, description?: string): string {
  return layout(
    'Sign-in error',
    `<h1>Sign-in error</h1>
<p class="error" id="error-code">${escapeHtml(error)}</p>
${description ? `<p id="error-description">${escapeHtml(description)}</p>` : ''}`,
  );
}
