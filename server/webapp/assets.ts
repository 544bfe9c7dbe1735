/**
 * The stand-in web app's script and style, served as static files so every page can keep a
 * strict CSP without 'unsafe-inline'. The script does just enough to exercise a kiosk: it writes
 * a cookie, localStorage and IndexedDB when used (a next user must see none of it), opens the
 * video pop-up, and asks for camera and microphone there.
 */
export const APP_JS = String.raw`'use strict';
(function () {
  var user = document.body.getAttribute('data-user') || '';
  function status(id, text, state) {
    var el = document.getElementById(id);
    if (!el) return;
    el.textContent = text;
    if (state) el.setAttribute('data-state', state);
  }
  function openDb() {
    return new Promise(function (resolve, reject) {
      var req = indexedDB.open('teleq-app', 1);
      req.onupgradeneeded = function () { req.result.createObjectStore('drafts'); };
      req.onsuccess = function () { resolve(req.result); };
      req.onerror = function () { reject(req.error); };
    });
  }
  function saveDraft(text) {
    return openDb().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ user: user, text: text }, 'chat');
        tx.oncomplete = function () { db.close(); resolve(); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  function loadDraft() {
    return openDb().then(function (db) {
      return new Promise(function (resolve) {
        var req = db.transaction('drafts').objectStore('drafts').get('chat');
        req.onsuccess = function () { db.close(); resolve(req.result || null); };
        req.onerror = function () { db.close(); resolve(null); };
      });
    });
  }

  var prefs = document.getElementById('save-prefs');
  if (prefs) prefs.addEventListener('click', function () {
    var queue = document.getElementById('pref-queue');
    var value = JSON.stringify({ user: user, queue: queue ? queue.value : '' });
    document.cookie = 'teleq_prefs=' + encodeURIComponent(value) + '; path=/; SameSite=Lax';
    localStorage.setItem('teleq.prefs', value);
    status('prefs-status', 'Preferences saved', 'saved');
  });

  var draft = document.getElementById('chat-draft');
  if (draft) {
    loadDraft().then(function (saved) {
      if (saved && saved.text && !draft.value) draft.value = saved.text;
      status('chat-status', saved ? 'Draft restored' : 'No draft', saved ? 'restored' : 'empty');
    }).catch(function () { status('chat-status', 'Drafts unavailable', 'error'); });
    draft.addEventListener('input', function () {
      saveDraft(draft.value).then(function () { status('chat-status', 'Draft saved', 'saved'); });
    });
  }
  var send = document.getElementById('chat-send');
  if (send && draft) send.addEventListener('click', function () {
    var log = document.getElementById('chat-log');
    if (log && draft.value) {
      var item = document.createElement('li');
      item.textContent = draft.value;
      log.appendChild(item);
    }
    draft.value = '';
    saveDraft('');
  });

  var video = document.getElementById('open-video');
  if (video) video.addEventListener('click', function () {
    window.open('/app/video', 'teleq-video', 'width=640,height=480');
  });

  var preview = document.getElementById('video-preview');
  if (preview) {
    status('video-status', 'Asking for camera and microphone…', 'asking');
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      status('video-status', 'Camera not available', 'unavailable');
    } else {
      navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(function (stream) {
        preview.srcObject = stream;
        status('video-status', 'Camera and microphone on', 'granted');
      }, function (err) {
        status('video-status', 'Camera refused: ' + (err && err.name), 'denied');
      });
    }
  }
})();
`;

export const APP_CSS = `
:root { font-family: system-ui, sans-serif; color: #1b2733; background: #f4f6f8; }
body { margin: 0; }
header { display: flex; justify-content: space-between; align-items: center; padding: 0.75rem 1.5rem; background: #0b4f6c; color: #fff; }
header form { margin: 0; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; padding: 1.5rem; }
section { background: #fff; border-radius: 6px; padding: 1rem; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
h1 { font-size: 1.25rem; margin: 0; }
h2 { font-size: 1.05rem; margin-top: 0; }
button, .button { font: inherit; padding: 0.4rem 0.8rem; border-radius: 4px; border: 1px solid #0b4f6c; background: #fff; color: #0b4f6c; cursor: pointer; text-decoration: none; display: inline-block; }
header button { background: #fff; }
textarea { width: 100%; min-height: 4rem; box-sizing: border-box; }
a { color: #0b4f6c; }
.notice { max-width: 36rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 6px; }
video { width: 100%; background: #000; }
`;
