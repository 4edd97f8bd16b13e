/** Examples of the Turso detectors (test data: never imported by the runtime). */
import { fakeBytes, fakeUuid, toBase64Url, type ExampleTable } from '../kit/examples.js';

/** A JWT-shaped fake with the given header (fakeJwt's header parameter, kept local for clarity). */
function fakeJwtLike(salt: string, header: Record<string, unknown>, payload: Record<string, unknown>): string {
  const part = (value: unknown) => toBase64Url(JSON.stringify(value));
  return `${part(header)}.${part(payload)}.${toBase64Url(fakeBytes(64, `jwt|${salt}`))}`;
}

export const examples: ExampleTable = {
  'turso.auth-token': {
    positive: [`TURSO_AUTH_TOKEN=«${fakeJwtLike('turso', { alg: 'EdDSA', typ: 'JWT' }, { a: 'rw', id: fakeUuid('turso-db') })}»`],
    negative: ['TURSO_AUTH_TOKEN=${TURSO_AUTH_TOKEN}', 'TURSO_DATABASE_URL=libsql://orders-acme.turso.io'],
  },
};
