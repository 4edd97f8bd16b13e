/**
 * What `<provider>.examples.ts` files import: the kit (alphabets, codecs for valid fakes) plus the fake
 * generators of engine/fake.ts. Test data only — provider files and the runtime never import this
 * module (ESLint and test/detectors/bundle.test.ts check it), so fakes stay out of the bundles.
 */
import { fake, toBase64 } from '../../fake.js';
import { B62, alphabet, type Alphabet } from '../../patterns.js';

export * from './index.js';
export { fake, fakeBytes, fakeJwt, fakePem, fakeUuid, pemLine, toBase64, toBase64Url } from '../../fake.js';
/** node:crypto, loaded lazily: for fakes that must really verify (an HMAC-signed JWT, a keyed digest). */
export { nodeCrypto } from '../../fingerprint.js';
export type { DetectorExamples, Example, ExampleTable } from '../../types.js';

export const DIGITS = alphabet('0-9');

/** `length` decimal digits, not starting with 0 (numeric ids: Slack team ids, merchant ids). */
export function fakeNumber(length: number, salt: string): string {
  return `${1 + (Number.parseInt(fake(DIGITS, 1, salt), 10) % 9)}${fake(DIGITS, length - 1, salt)}`;
}

/**
 * A fake that contains lower case, upper case and digits (retrying the salt), for detectors that reject
 * values without all three (`lacksMixedClasses`): a short fake can otherwise miss a class by chance.
 */
export function fakeMixed(alpha: Alphabet, length: number, salt: string): string {
  for (let i = 0; i < 50; i++) {
    const value = fake(alpha, length, `${salt}${i}`);
    if (/[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value)) return value;
  }
  return fake(alpha, length, salt);
}

/** The Base64 of `user:<24 random base62>`: basic-auth pairs in npm `_auth` and Docker `auths`. */
export function fakeBasicAuth(user: string, salt: string): string {
  return toBase64(`${user}:${fake(B62, 24, `pw${salt}`)}`);
}

/** A multi-line block as the value of a YAML block scalar (`key: |`): every line after the first indented. */
export function indented(block: string, indent: string): string {
  return block.split('\n').join(`\n${indent}`);
}

/** A fake database / service password of `length` base62 characters (salted `db-<salt>`: the values database.ts always had). */
export function fakeDbPassword(salt: string, length = 18): string {
  return fake(B62, length, `db-${salt}`);
}
