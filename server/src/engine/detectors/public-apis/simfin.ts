/** simfin (long tail of providers, issue 9 §3): SimFin. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'simfin.api-key',
    title: 'SimFin API key',
    keywords: ['simfin', 'sim_fin', 'sim-fin', 'sim.fin'],
    providers: [phrase('simfin'), phraseAfterNonLetter('sim fin')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Downloads fundamental financial data under the account's plan.",
      revoke: 'SimFin → Account → API key → generate a new key.',
      url: 'https://app.simfin.com/data-access/api',
    },
  }),
];
