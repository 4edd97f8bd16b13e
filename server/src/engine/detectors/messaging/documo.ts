/**
 * Documo (mFax) credentials. Shape: a JWT (XCHK: KF documo.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, JWT, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'documo.api-key',
    title: 'Documo (mFax) API key',
    keywords: ['documo'],
    providers: [phrase('documo')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: JWT,
    guide: {
      grants: 'Sends and reads faxes of the Documo account (often medical or legal documents) and manages its numbers and users.',
      revoke: 'Documo → Settings → API → revoke the key.',
      url: 'https://app.documo.com/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
