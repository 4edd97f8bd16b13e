/**
 * Kit (ConvertKit) credentials. Shape: 22 [A-Za-z0-9_] (XCHK: KF convertkit.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase, STORE_IN_SECRET_STORE } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'convertkit.api-key',
    title: 'Kit (ConvertKit) API key',
    keywords: ['convertkit', 'convert_kit', 'convert-kit', 'convert.kit'],
    providers: [phrase('convert kit')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token', 'api secret'],
    value: '[A-Za-z0-9_]{22}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and edits the creator's subscribers, tags, forms and sequences (subscriber personal data).",
      revoke: 'Kit → Settings → Developer → API keys → regenerate the key / secret.',
      url: 'https://app.kit.com/account_settings/developer_settings',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
