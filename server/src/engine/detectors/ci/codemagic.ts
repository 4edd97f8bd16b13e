/**
 * Codemagic credentials. Shape: 43 [A-Za-z0-9_] (XCHK: KF codemagic.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'codemagic.api-token',
    title: 'Codemagic API token',
    keywords: ['codemagic', 'code_magic', 'code-magic', 'code.magic'],
    providers: [phrase('code magic')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9_]{43}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Starts and cancels Codemagic builds, reads build artefacts (signed apps) and edits the team's apps.",
      revoke: 'Codemagic → Teams / User settings → Integrations → Codemagic API → regenerate the token.',
      url: 'https://codemagic.io/teams',
    },
  }),
];
