/**
 * Docparser credentials. Shape: 40 hex (XCHK: KF docparser.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'docparser.api-key',
    title: 'Docparser API key',
    keywords: ['docparser'],
    providers: [phrase('docparser')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[0-9a-f]{40}',
    post: [isNotMixedHex],
    guide: {
      grants: "Uploads documents to the account's parsers and reads the extracted data.",
      revoke: 'Docparser → Account → API Key → reset.',
      url: 'https://app.docparser.com/myaccount/api',
    },
  }),
];
