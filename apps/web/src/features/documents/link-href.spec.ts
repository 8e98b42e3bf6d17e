import { describe, expect, it } from 'vitest';
import { checkLinkHref } from './link-href';

describe('checkLinkHref', () => {
  it.each([
    ['https://www.comune.bergamo.it/servizi', 'https://www.comune.bergamo.it/servizi'],
    ['http://example.org', 'http://example.org'],
    ['  https://example.org/a?b=c#d  ', 'https://example.org/a?b=c#d'],
    ['mailto:ufficio.piano@comune.bergamo.it', 'mailto:ufficio.piano@comune.bergamo.it'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
  ])('accepts %s as written', (input, href) => {
    expect(checkLinkHref(input)).toEqual({ ok: true, href });
  });

  it('adds https:// to an address typed without it', () => {
    expect(checkLinkHref('www.provincia.bergamo.it')).toEqual({ ok: true, href: 'https://www.provincia.bergamo.it' });
    expect(checkLinkHref('//example.org/x')).toEqual({ ok: true, href: 'https://example.org/x' });
  });

  it('turns an e-mail address into a mailto: link', () => {
    expect(checkLinkHref('info@cooperativa.it')).toEqual({ ok: true, href: 'mailto:info@cooperativa.it' });
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.org', 'vbscript:msgbox'])(
    'refuses the scheme of %s',
    (input) => {
      expect(checkLinkHref(input)).toEqual({ ok: false, problem: 'protocol' });
    },
  );

  it.each(['', '   '])('asks for an address when given %j', (input) => {
    expect(checkLinkHref(input)).toEqual({ ok: false, problem: 'empty' });
  });

  it.each(['https://', 'https://esempio', 'comune bergamo', 'mailto:', 'http://exa mple.org'])('refuses the malformed %s', (input) => {
    expect(checkLinkHref(input)).toEqual({ ok: false, problem: 'invalid' });
  });
});
