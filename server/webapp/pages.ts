/** Server-rendered pages of the stand-in teleQ web app; every value is HTML-escaped. */
import type { UserRow } from '../users';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, body: string, bodyAttrs = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/app/app.css">
</head>
<body${bodyAttrs}>
${body}
<script src="/app/app.js"></script>
</body>
</html>`;
}

export const EXTERNAL_SERVICE_URL = 'https://www.omaolo.fi/';
export const LEGACY_LINK_URL = 'https://www.teleq.fi/app/callbacks';

export function appPage(user: UserRow, passwordDaysLeft: number): string {
  const name = escapeHtml(user.display_name);
  const org = escapeHtml(user.organisation_name);
  return layout(
    'Aurora teleQ',
    `<header>
  <h1>Aurora teleQ · <span id="org-name">${org}</span></h1>
  <div>Logged in as <strong id="user-name">${name}</strong> (<span id="user-username">${escapeHtml(user.username)}</span>)
  · password valid for <span id="password-days">${passwordDaysLeft}</span> days</div>
  <form method="post" action="/app/logout"><button id="logout" type="submit">Log out</button></form>
</header>
<main>
  <section id="callback"><h2>Callback (Takaisinsoitto)</h2>
    <ul id="callback-queue"><li>09:40 · +358 40 123 4567 · flu symptoms</li><li>09:55 · +358 50 765 4321 · prescription renewal</li></ul>
    <a id="legacy-link" href="${LEGACY_LINK_URL}">Old bookmark: callbacks on www.teleq.fi</a>
  </section>
  <section id="sms"><h2>Text message (Tekstiviesti)</h2><p>3 messages waiting to be sent.</p></section>
  <section id="web-entrance"><h2>Web Entrance</h2><p>The web form is open; 2 new contact requests.</p></section>
  <section id="online-booking"><h2>Online booking</h2><p>Next free time: tomorrow 10:15.</p></section>
  <section id="video"><h2>Video</h2><p>Start a video call with the next patient.</p>
    <button id="open-video" type="button">Open video call</button></section>
  <section id="chat"><h2>Chat</h2>
    <ul id="chat-log"></ul>
    <label for="chat-draft">Message</label>
    <textarea id="chat-draft" name="draft"></textarea>
    <button id="chat-send" type="button">Send</button> <span id="chat-status" role="status"></span>
  </section>
  <section id="question-box"><h2>Question box (Kysymysruutu)</h2><p>1 unanswered question.</p></section>
  <section id="integrations"><h2>API integrations</h2>
    <p>Symptom assessments arrive from <a id="external-omaolo" href="${EXTERNAL_SERVICE_URL}">Omaolo</a>.</p></section>
  <section id="e-identification"><h2>Electronic identification</h2><p>Strong identification of patients is available.</p></section>
  <section id="customer-log"><h2>Customer Log 2.0</h2>
    <a id="csv-download" class="button" href="/app/reports/customer-log.csv" download>Download today's report (CSV)</a></section>
  <section id="preferences"><h2>Preferences</h2>
    <label for="pref-queue">Default queue</label>
    <select id="pref-queue"><option>Nurses</option><option>Doctors</option><option>Lab</option></select>
    <button id="save-prefs" type="button">Save</button> <span id="prefs-status" role="status"></span>
  </section>
</main>`,
    ` data-user="${escapeHtml(user.username)}"`,
  );
}

export function videoPage(user: UserRow): string {
  return layout(
    'Aurora teleQ · video',
    `<div class="notice"><h1>Video call</h1>
  <p id="video-status" role="status">Starting…</p>
  <video id="video-preview" autoplay muted playsinline></video>
  <p>${escapeHtml(user.display_name)}</p></div>`,
    ` data-user="${escapeHtml(user.username)}"`,
  );
}

export function loginRequiredPage(): string {
  return layout(
    'Aurora teleQ · log in',
    `<div class="notice" id="login-required"><h1>Please log in</h1>
  <p>Open Aurora teleQ through the Aurora teleQ client and log in there. This page shows no
  data without a valid session.</p></div>`,
  );
}

export function loggedOutPage(): string {
  return layout(
    'Aurora teleQ · logged out',
    `<div class="notice" id="logged-out"><h1>You have logged out</h1>
  <p>Your teleQ session has ended. Log in again through the Aurora teleQ client.</p></div>`,
  );
}

export function customerLogCsv(user: UserRow, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  const rows = [
    ['date', 'time', 'channel', 'queue', 'handled_by', 'outcome'],
    [day, '09:40', 'callback', 'Nurses', user.username, 'called back'],
    [day, '09:55', 'callback', 'Nurses', user.username, 'prescription renewed'],
    [day, '10:20', 'chat', 'Nurses', user.username, 'advice given'],
  ];
  return rows.map((row) => row.join(',')).join('\r\n') + '\r\n';
}
