/** Examples of the JWT detectors (test data: never imported by the runtime). */
import { B62, B64, HEX, fake, fakeJwt, nodeCrypto, type ExampleTable } from '../kit/examples.js';

/** A real HS256 token signed with a published sample secret (for the negative example). */
function signedSample(payload: Record<string, unknown>, secret: string): string {
  const input = `${Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
  return `${input}.${nodeCrypto().createHmac('sha256', secret).update(input).digest('base64url')}`;
}

export const examples: ExampleTable = {
  'jwt.token': {
    positive: [
      `curl -H "Authorization: Bearer «${fakeJwt({ sub: 'svc-billing', iss: 'https://auth.acme.io', aud: 'api', iat: 1735689600, exp: 1767225600 }, 'jw1', { alg: 'RS256', typ: 'JWT', kid: 'k1' })}»" https://api.acme.io/v1/invoices`,
      `ACCESS_TOKEN=«${fakeJwt({ sub: 'user_42', scope: 'admin', iat: 1735689600 }, 'jw2')}»`,
      `{"headers": [{"name": "authorization", "value": "Bearer «${fakeJwt({ sub: 'u-17', sid: 'a1b2', iat: 1735689600 }, 'jw3', { alg: 'ES256', typ: 'JWT' })}»"}]}`,
    ],
    negative: [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      `SUPABASE_ANON_KEY=${fakeJwt({ iss: 'supabase', ref: 'abcdefghijklmnopqrst', role: 'anon', iat: 1735689600, exp: 2051222400 }, 'anon')}`,
      `${fakeJwt({ sub: 'x' }, 'none', { alg: 'none' }).split('.').slice(0, 2).join('.')}.`,
      `${fakeJwt({ sub: 'x' }, 'jwe', { alg: 'RSA-OAEP', enc: 'A256GCM' })}.${'A'.repeat(22)}.${'B'.repeat(30)}`,
      'The token starts with eyJhbGciOi followed by the payload.',
      signedSample({ some: 'payload' }, 'secret'),
      `eyJub3QiOiJhIGp3dCJ9.eyJzdWIiOiJ4In0.${'c'.repeat(43)}`,
    ],
  },
  'jwt.signing-secret': {
    positive: [
      `JWT_SECRET=«${fake(B62, 48, 'jw1')}»`,
      `ACCESS_TOKEN_SECRET="«${fake(HEX, 64, 'jw2')}»"`,
      `jwt.secret=«${fake(B64, 44, 'jw3')}»`,
      `const config = { jwtSecret: '«${fake(B62, 32, 'jw4')}»' };`,
    ],
    negative: [
      'JWT_SECRET=your-256-bit-secret',
      'JWT_SECRET=${JWT_SECRET}',
      'jwtSecret: process.env.JWT_SECRET',
      'JWT_PUBLIC_KEY_PATH=/etc/keys/jwt.pub',
      'JWT_SECRET=secret',
    ],
  },
  'jwt.sign-call-secret': {
    positive: [
      `const token = jwt.sign({ sub: user.id }, '«${fake(B62, 32, 'js1')}»', { expiresIn: '1h' });`,
      `token = jwt.encode(payload, "«${fake(B62, 32, 'js2')}»", algorithm="HS256")`,
    ],
    negative: [
      'jwt.sign(payload, process.env.JWT_SECRET)',
      "jwt.sign({ sub: 1 }, 'secret')",
      "jwt.encode(payload, 'your-256-bit-secret', algorithm='HS256')",
    ],
  },
};
