/**
 * HTTP Basic credentials outside an `Authorization:` header (RFC 7617): the Base64 of `user:password`
 * stored under a basic-auth name — `basic_auth: "…"`, `BASIC_AUTH_CREDENTIALS=…`, `basicAuthHeader: '…'`
 * (Prometheus/Alertmanager, Traefik, API clients, Postman exports). http.basic-auth reports the header
 * form; this one reads the value by its name, and keeps it only when it decodes to a real `user:password`.
 */
import { isPlaceholder } from '../../post-validators/values.js';
import { assignment, defineDetector, type Detector, type PostValidator } from '../kit/index.js';

/** `basic_auth`, `basicAuth`, `BASIC-AUTH-TOKEN`, `basic_credentials`, `http_basic` … (case-insensitive). */
const BASIC_AUTH_NAME =
  '[bB][aA][sS][iI][cC][_.-]?(?:[aA][uU][tT][hH]|[cC][rR][eE][dD][eE][nN][tT][iI][aA][lL][sS]?)|[hH][tT][tT][pP][_.-]?[bB][aA][sS][iI][cC]';

/** Pairs written in RFCs and docs (RFC 7617's `Aladdin:open sesame`, `user:password`, `admin:admin` …). */
const SAMPLE_PAIR =
  /^(?:aladdin:open sesame|user(?:name)?:pass(?:word)?|admin:(?:admin|password|secret|changeme)|test:test|foo:bar|demo:demo|guest:guest|root:root|alice:(?:secret|password)|bob:(?:secret|password))$/i;

/** The password half of weak sample pairs: `password`, `secret`, `changeme`, `123456` … */
const SAMPLE_PASSWORD = /^(?:pass(?:word|wd)?|secret|changeme|changeit|admin|test|1234(?:5(?:6(?:78?)?)?)?|x+|\*+)$/i;

/** The Base64 must decode to printable `user:password` with a real password (not a sample, not a template). */
const hasNoBasicCredentials: PostValidator = (candidate) => {
  const { value } = candidate;
  if (value.length % 4 === 1) return 'not Base64';
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  if (!/^[\x20-\x7e\u00a0-\uffff]+$/.test(decoded) || decoded.includes('\ufffd')) return 'does not decode to text';
  const colon = decoded.indexOf(':');
  if (colon < 1) return 'no user:password inside';
  const password = decoded.slice(colon + 1);
  if (SAMPLE_PAIR.test(decoded) || SAMPLE_PASSWORD.test(password)) return 'documented sample pair';
  if (password.length < 4) return 'empty or trivial password';
  if (/^[$%{<]|\$\{|\{\{/.test(password)) return 'template';
  return isPlaceholder({ ...candidate, value: password });
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'basic-auth.encoded-credentials',
    title: 'HTTP Basic credentials (Base64 user:password) in a basic-auth setting',
    keywords: ['basic'],
    pattern: () => assignment(BASIC_AUTH_NAME, '[A-Za-z0-9+/]{8,400}={0,2}', { valueEnd: '(?![A-Za-z0-9+/=_-])' }),
    post: [hasNoBasicCredentials],
    guide: {
      grants: 'Logs in to the protected endpoint as that user with the decoded password (Base64 is an encoding, not encryption).',
      revoke:
        'Decode the value to find the account, change its password (or revoke the API key used as the user name), and update the clients and the htpasswd / user store.',
      store:
        'Store user and password separately in a secret store and let the client build the header at run time (Prometheus `basic_auth.password_file`, Kubernetes Secrets, CI secrets).',
    },
  }),
];
