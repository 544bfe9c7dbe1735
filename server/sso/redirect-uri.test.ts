import { describe, expect, it } from 'vitest';
import { checkClientRedirectUri } from './redirect-uri';

// Where the broker may send a one-time code is where a login can be stolen, so the accepted set
// is pinned: the completion page of this very service, and loopback listeners on any port.
const SERVICE = 'http://127.0.0.1:8470';

describe('client redirect URIs', () => {
  it.each([
    'http://127.0.0.1:53123/callback',
    'http://127.0.0.1:1/',
    'http://127.0.0.1:65535/oauth/done?x=1',
    'http://[::1]:40000/cb',
  ])('accepts the loopback listener %s', (uri) => {
    expect(checkClientRedirectUri(uri, [SERVICE])).toEqual({ kind: 'loopback', uri });
  });

  it("accepts the service's own completion page", () => {
    expect(checkClientRedirectUri(`${SERVICE}/sso/complete`, [SERVICE])?.kind).toBe('complete');
    const production = 'https://aurorateleq.com';
    expect(checkClientRedirectUri(`${production}/sso/complete`, [production])?.kind).toBe(
      'complete',
    );
  });

  it.each([
    ['localhost', 'http://localhost:53123/callback'],
    ['another host', 'https://evil.example/callback'],
    ['https loopback', 'https://127.0.0.1:53123/callback'],
    ['no port', 'http://127.0.0.1/callback'],
    ['port 0', 'http://127.0.0.1:0/cb'],
    ['port too large', 'http://127.0.0.1:70000/cb'],
    ['shortened IPv4', 'http://127.1:53123/cb'],
    ['hex IPv4', 'http://0x7f.0.0.1:53123/cb'],
    ['other 127/8 address', 'http://127.0.0.2:53123/cb'],
    ['userinfo trick', 'http://127.0.0.1:53123@evil.example/cb'],
    ['userinfo before loopback', 'http://evil.example@127.0.0.1:53123/cb'],
    ['backslash', 'http://127.0.0.1:53123\\@evil.example/cb'],
    ['fragment', 'http://127.0.0.1:53123/cb#x'],
    ['whitespace', 'http://127.0.0.1:53123/cb x'],
    ['IPv4-mapped IPv6', 'http://[::ffff:127.0.0.1]:53123/cb'],
    ['custom scheme', 'teleq://callback'],
    ['javascript', 'javascript:alert(1)'],
    ['completion page of another origin', 'https://evil.example/sso/complete'],
    [
      'completion page under a host name the service was not reached by',
      'http://localhost:8470/sso/complete',
    ],
    ['completion page with a query', `${SERVICE}/sso/complete?next=https://evil.example`],
    ['another page of the service', `${SERVICE}/app`],
    ['relative', '/sso/complete'],
  ])('refuses %s', (_why, uri) => {
    expect(checkClientRedirectUri(uri, [SERVICE])).toBeNull();
  });
});
