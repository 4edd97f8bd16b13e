/**
 * DeepSeek keys (CREDENTIAL-FORMATS.md §5). The value shape is distinctive but shared with other
 * providers: it counts only on a line that names the provider.
 */
import { defineDetector, isNotMixedHex, STORE_AI_PLATFORM_KEY, VALUE_END, VALUE_START, type Detector } from '../kit/index.js';

const HEX32 = '[0-9a-f]{32}';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'deepseek.api-key',
    title: 'DeepSeek API key',
    keywords: ['deepseek'],
    // `sk-` + 32 hex anywhere on a line that names DeepSeek (OpenAI-compatible clients pass a base_url).
    pattern: () => new RegExp(`${VALUE_START}(?<secret>sk-${HEX32})${VALUE_END}`),
    post: [isNotMixedHex],
    guide: {
      grants: 'Calls DeepSeek models billed to the account balance.',
      revoke: 'platform.deepseek.com → API keys → delete the key.',
      url: 'https://platform.deepseek.com/api_keys',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
