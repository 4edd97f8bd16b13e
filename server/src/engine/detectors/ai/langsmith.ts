/**
 * LangSmith keys (CREDENTIAL-FORMATS.md §5). Anchored on their prefix.
 */
import { defineDetector, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'langsmith.api-key',
    title: 'LangSmith API key',
    keywords: ['lsv2_'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_])(?<secret>lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10})(?![A-Za-z0-9_])/,
    guide: {
      grants:
        "Reads and writes the workspace's LangSmith traces (which often contain prompts, outputs and user data), datasets and prompts.",
      revoke: 'smith.langchain.com → Settings → API Keys → delete the key.',
      url: 'https://smith.langchain.com/settings',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
