/**
 * Langfuse keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { defineDetector, STORE_AI_PLATFORM_KEY, UUID, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'langfuse.secret-key',
    title: 'Langfuse secret key',
    keywords: ['sk-lf-'],
    scope: 'document',
    pattern: () => new RegExp(`(?<![A-Za-z0-9_-])(?<secret>sk-lf-${UUID})(?![A-Za-z0-9_-])`),
    guide: {
      grants: 'Reads every trace, prompt and score of the Langfuse project and writes new ones.',
      revoke: 'Langfuse → Project settings → API Keys → delete the key pair and create a new one.',
      url: 'https://cloud.langfuse.com',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
