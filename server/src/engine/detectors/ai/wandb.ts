/**
 * Weights & Biases keys (CREDENTIAL-FORMATS.md §5). No distinctive prefix: the provider's name must be
 * in the variable name.
 */
import { assignedTo, ci, defineDetector, isNotMixedHex, leadThen, names, STORE_AI_PLATFORM_KEY, type Detector } from '../kit/index.js';

const HEX40 = '[0-9a-f]{40}';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'wandb.api-key',
    title: 'Weights & Biases API key',
    keywords: ['wandb'],
    // Also `machine api.wandb.ai login user password <key>` in ~/.netrc.
    pattern: () => leadThen([assignedTo(names('wandb')), `${ci('api.wandb.ai')}[^\\r\\n]{0,80}?password\\s+`], `(?:local-)?${HEX40}`),
    post: [isNotMixedHex],
    guide: {
      grants: 'Reads and writes every W&B project of the user and their teams: runs, artifacts, models, reports.',
      revoke: 'wandb.ai → User settings → API keys → revoke the key and create a new one.',
      url: 'https://wandb.ai/settings',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
