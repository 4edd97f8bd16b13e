/** Examples of the jwk detectors (test data: never imported by the runtime). */
import { fakeBytes, toBase64Url, type ExampleTable } from '../kit/examples.js';

const b64u = (bytes: number, salt: string) => toBase64Url(fakeBytes(bytes, salt));

const rsaPrivate = (salt: string) =>
  `{\n  "kty": "RSA",\n  "kid": "signing-2024",\n  "use": "sig",\n  "alg": "RS256",\n  "n": "${b64u(256, `${salt}n`)}",\n  "e": "AQAB",\n  "d": "«${b64u(256, `${salt}d`)}»",\n  "p": "${b64u(128, `${salt}p`)}",\n  "q": "${b64u(128, `${salt}q`)}",\n  "dp": "${b64u(128, `${salt}dp`)}",\n  "dq": "${b64u(128, `${salt}dq`)}",\n  "qi": "${b64u(128, `${salt}qi`)}"\n}`;

export const examples: ExampleTable = {
  'jwk.private-key': {
    positive: [
      { text: rsaPrivate('jw1'), path: 'config/keys/signing.jwk.json' },
      `{"keys":[{"kty":"EC","crv":"P-256","kid":"es-1","x":"${b64u(32, 'jw2x')}","y":"${b64u(32, 'jw2y')}","d":"«${b64u(32, 'jw2d')}»"}]}`,
      `const key = await importJWK({ kty: 'OKP', crv: 'Ed25519', x: '${b64u(32, 'jw3x')}', d: '«${b64u(32, 'jw3d')}»' }, 'EdDSA');`,
      `PRIVATE_JWK="{\\"crv\\":\\"P-384\\",\\"d\\":\\"«${b64u(48, 'jw4d')}»\\",\\"kty\\":\\"EC\\",\\"x\\":\\"${b64u(48, 'jw4x')}\\",\\"y\\":\\"${b64u(48, 'jw4y')}\\"}"`,
    ],
    negative: [
      // Public keys: no `d`.
      `{"keys":[{"kty":"RSA","kid":"signing-2024","use":"sig","n":"${b64u(256, 'jw5n')}","e":"AQAB"}]}`,
      `{"kty":"EC","crv":"P-256","x":"${b64u(32, 'jw6x')}","y":"${b64u(32, 'jw6y')}"}`,
      // A `d` that is not a JWK member, or of the wrong size for the curve.
      `{"type":"record","d":"${b64u(32, 'jw7')}","kty_hint":"none"}`,
      `{"kty":"EC","crv":"P-256","x":"${b64u(32, 'jw8x')}","d":"${b64u(48, 'jw8d')}"}`,
      // RFC 7517 Appendix A.2's published example key.
      '{"kty":"EC","crv":"P-256","x":"MKBCTNIcKUSDii11ySs3526iDZ8AiTo7Tu6KPAqv7D4","y":"4Etl6SRW2YiLUrN5vfvVHuhp7x8PxltmWWlbbM4IFyM","d":"870MB6gfuTJ4HtUnUvYMyJpr5eUZNP4Bk43bVdj3eAE","use":"enc","kid":"1"}',
      `{"kty":"RSA","n":"${b64u(256, 'jw9n')}","e":"AQAB","d":"<private exponent>"}`,
    ],
  },
};
