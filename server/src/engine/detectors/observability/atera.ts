/**
 * Atera credentials. Shape: 32 [a-z0-9] (XCHK: KF atera.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'atera.api-key',
    title: 'Atera API key',
    keywords: ['atera'],
    providers: [phraseAfterNonLetter('atera')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants:
        "Calls the Atera RMM API: devices, agents, tickets and customers of the MSP (remote management of every managed machine's inventory).",
      revoke: 'Atera → Admin → API → regenerate the API key.',
      url: 'https://app.atera.com/new/admin/api',
    },
  }),
];
