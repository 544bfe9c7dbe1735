// R2/R12: the legacy hosts are recognised by parsing, and taken to aurorateleq.com, same path.
import { describe, expect, it } from 'vitest';
import { CANONICAL_SERVER_URL, isLegacyHost, rewriteLegacyUrl } from './legacy-hosts';

describe('legacy hosts', () => {
  it.each(['teleq.fi', 'www.teleq.fi', 'takaisinsoitto.fi', 'WWW.TAKAISINSOITTO.FI', 'teleq.fi.'])(
    'recognises %s',
    (host) => {
      expect(isLegacyHost(host)).toBe(true);
    },
  );

  it.each(['myteleq.fi', 'teleq.fi.example.net', 'aurorateleq.com', 'evil.example', 'teleq.fin'])(
    'leaves %s alone',
    (host) => {
      expect(isLegacyHost(host)).toBe(false);
    },
  );

  it('rewrites to the canonical address with the same path, query and fragment', () => {
    expect(rewriteLegacyUrl('http://www.teleq.fi:8080/app/callbacks?day=1#top')).toEqual({
      from: 'http://www.teleq.fi:8080/app/callbacks?day=1#top',
      to: `${CANONICAL_SERVER_URL}/app/callbacks?day=1#top`,
    });
    expect(rewriteLegacyUrl('https://takaisinsoitto.fi')?.to).toBe(`${CANONICAL_SERVER_URL}/`);
  });

  it('is not fooled by user-info, other schemes or garbage', () => {
    expect(rewriteLegacyUrl('https://teleq.fi@evil.example/app')).toBeNull();
    expect(rewriteLegacyUrl('ftp://teleq.fi/app')).toBeNull();
    expect(rewriteLegacyUrl('javascript:alert(1)//teleq.fi')).toBeNull();
    expect(rewriteLegacyUrl('not a url')).toBeNull();
  });
});
