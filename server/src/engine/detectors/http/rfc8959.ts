/** RFC 8959 `secret-token:` URIs: a scheme that exists only to mark bearer tokens. */
import { credentialGuide, defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'rfc8959.secret-token',
    title: 'RFC 8959 secret-token URI',
    keywords: ['secret-token:'],
    // `secret-token:` + pchar (RFC 8959: the scheme exists only to mark bearer tokens); the whole URI is
    // the token.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>secret-token:(?:[A-Za-z0-9\-._~!$&*+=:@]|%[0-9A-Fa-f]{2}){8,1024})/i,
    post: [({ value }) => (/^secret-token:E92FB7EB-D882-47A4-A265-A0B6135DC842%20foo/i.test(value) ? 'RFC 8959 example' : undefined)],
    minEntropy: 3,
    guide: credentialGuide(
      'A bearer token: whoever holds it is authenticated to the issuing service with its scopes.',
      'Revoke it at the issuing service (the code or configuration around it names the service) and issue a new one.',
      'https://www.rfc-editor.org/rfc/rfc8959',
    ),
  }),
];
