/**
 * Pinecone keys (CREDENTIAL-FORMATS.md §5): prefixed `pcsk_` keys, and legacy UUID keys with the provider's name in the variable name.
 */
import { assignedTo, defineDetector, leadThen, nameWith, STORE_AI_PLATFORM_KEY, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'pinecone.api-key',
    title: 'Pinecone API key',
    keywords: ['pcsk_'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_])(?<secret>pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![A-Za-z0-9_])/,
    guide: {
      grants: "Reads, writes and deletes the project's vector indexes (and the data embedded in them).",
      revoke: 'app.pinecone.io → project → API Keys → delete the key.',
      url: 'https://app.pinecone.io',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
  defineDetector({
    id: 'pinecone.legacy-api-key',
    title: 'Pinecone API key (legacy UUID)',
    keywords: ['pinecone'],
    pattern: () => leadThen([assignedTo([nameWith('pinecone', 'key')])], UUID),
    guide: {
      grants: "Reads, writes and deletes the project's vector indexes.",
      revoke: 'app.pinecone.io → project → API Keys → delete the key.',
      url: 'https://app.pinecone.io',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
