/** Examples of the HTTP header detectors (test data: never imported by the runtime). */
import { B62, B64URL, HEX, fake, fakeBytes, toBase64, toBase64Url, type ExampleTable } from '../kit/examples.js';

/** A JWT-shaped bearer value (for the negative example: jwt.token reports it, not http.bearer-token). */
function fakeJwtLike(): string {
  const part = (value: unknown) => toBase64Url(JSON.stringify(value));
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: 'u-1', iat: 1735689600 })}.${toBase64Url(fakeBytes(32, 'bearer-jwt'))}`;
}

export const examples: ExampleTable = {
  'http.basic-auth': {
    positive: [
      `curl -H "Authorization: Basic «${toBase64(`deploy:${fake(B62, 20, 'ba1')}`)}»" https://ci.acme.io/api/json`,
      `{"name": "Authorization", "value": "Basic «${toBase64(`svc-reports:${fake(B62, 16, 'ba2')}`)}»"}`,
      `headers = {"Proxy-Authorization": "Basic «${toBase64(`proxyuser:${fake(B62, 14, 'ba3')}`)}»"}`,
    ],
    negative: [
      'Authorization: Basic dXNlcjpwYXNzd29yZA==',
      'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
      'Authorization: Basic Og==',
      'Use Basic authentication over TLS only.',
      `Authorization: Basic ${toBase64(fakeBytes(24, 'binary'))}`,
      'Authorization: Basic ${BASIC_AUTH}',
    ],
  },
  'http.bearer-token': {
    positive: [
      `curl -H "Authorization: Bearer «${fake(B62, 40, 'br1')}»" https://api.acme.io/v2/orders`,
      `axios.get(url, { headers: { Authorization: 'Bearer «${fake(B64URL, 43, 'br2')}»' } })`,
      `Authorization: Token «${fake(HEX, 40, 'br3')}»`,
    ],
    negative: [
      'Authorization: Bearer <token>',
      'Authorization: Bearer ${TOKEN}',
      'Authorization: Bearer $TOKEN',
      'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE',
      `Authorization: Bearer ${fakeJwtLike()}`,
      'The client sends a bearer token_in_the_authorization_header',
      'Authorization: Bearer abcdefghijklmnopqrstuvwxyz',
    ],
  },
};
