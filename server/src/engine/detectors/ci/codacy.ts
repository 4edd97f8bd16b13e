/**
 * Codacy credentials. Shape: 20–24 base62 (XCHK: KF codacy.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'codacy.api-token',
    title: 'Codacy API token',
    keywords: ['codacy'],
    providers: [phrase('codacy')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'project token'],
    value: '[A-Za-z0-9]{20,24}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Calls the Codacy API as the account (or uploads coverage with a project token): repositories, issues and settings.',
      revoke: 'Codacy → Your account → Access management → API tokens → revoke (project tokens: repository Settings → Integrations).',
      url: 'https://app.codacy.com/account/access-management',
    },
  }),
];
