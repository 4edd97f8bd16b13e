/** securitytrails (long tail of providers, issue 9 §3): SecurityTrails. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'securitytrails.api-key',
    title: 'SecurityTrails API key',
    keywords: ['securitytrails', 'security_trails', 'security-trails', 'security.trails'],
    providers: [phrase('security trails')],
    kinds: ['key', 'token', 'secret'],
    // 32 letters and digits (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it
    // is.
    value: '[A-Za-z0-9]{32}',
    minEntropy: 3,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Queries DNS history, WHOIS and domain intelligence on the account's monthly query quota.",
      revoke: 'SecurityTrails → Account → API keys → delete the key and create a new one.',
      url: 'https://securitytrails.com/app/account/credentials',
    },
  }),
];
