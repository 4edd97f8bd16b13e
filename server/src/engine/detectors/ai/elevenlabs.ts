/**
 * ElevenLabs keys (CREDENTIAL-FORMATS.md §5): `sk_` + 48 hex, and legacy hex keys with the provider's name (or `xi-api-key`) in the name.
 */
import {
  assignedTo,
  defineDetector,
  HEX,
  isNotMixedHex,
  leadThen,
  names,
  STORE_AI_PLATFORM_KEY,
  token,
  type Detector,
} from '../kit/index.js';

const HEX32 = '[0-9a-f]{32}';

export const detectors: readonly Detector[] = [
  token({
    id: 'elevenlabs.api-key',
    title: 'ElevenLabs API key',
    scope: 'document',
    // `sk_` + 48 lower-case hex: Stripe/Clerk `sk_live_…` bodies are base62 and start with `live_`/`test_`.
    prefix: 'sk_',
    alphabet: HEX,
    length: 48,
    post: [isNotMixedHex],
    guide: {
      grants: "Generates speech and clones voices billed to the account's characters, and reads its voices and history.",
      revoke: 'elevenlabs.io → Developers → API Keys → delete the key.',
      url: 'https://elevenlabs.io/app/settings/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
  defineDetector({
    id: 'elevenlabs.legacy-api-key',
    title: 'ElevenLabs API key (legacy hex)',
    keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'],
    pattern: () => leadThen([assignedTo(names('elevenlabs', 'eleven_labs', 'xi-api-key', 'xi_api_key'))], HEX32),
    post: [isNotMixedHex],
    guide: {
      grants: 'Generates speech and clones voices billed to the account.',
      revoke: 'elevenlabs.io → Developers → API Keys → delete the key.',
      url: 'https://elevenlabs.io/app/settings/api-keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
