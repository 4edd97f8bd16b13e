/**
 * Dyspatch credentials. Shape: 52 [A-Z0-9] (XCHK: KF dyspatch.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'dyspatch.api-key',
    title: 'Dyspatch API key',
    keywords: ['dyspatch'],
    providers: [phrase('dyspatch')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Z0-9]{52}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and exports the organisation's e-mail templates, localisations and drafts.",
      revoke: 'Dyspatch → Admin → Developer → API keys → revoke.',
      url: 'https://docs.dyspatch.io/api/',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
