/** privateai (PII redaction API): AI / ML platforms. */
import { contextual, type Detector, isNotMixedHex, STORE_AI_PLATFORM_KEY } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'privateai.api-key',
    title: 'Private AI API key',
    keywords: ['privateai', 'private_ai', 'private-ai', 'private.ai'],
    providers: ['(?<![A-Za-z])(?:PRIVATE[_.-]?AI(?![A-Z])|[Pp]rivate[_.-]?[Aa]i(?![a-z]))'],
    kinds: ['key', 'token', 'secret'],
    // 32 hex (CREDENTIAL-FORMATS.md §5, privateai.api_key); `private_ai` must end the word (PRIVATE_AIRTABLE_KEY is not it).
    value: '[0-9a-f]{32}',
    post: [isNotMixedHex],
    guide: {
      grants: "Sends text, files and audio to Private AI's de-identification API on the account's quota.",
      revoke: 'Private AI customer portal → API keys → revoke the key and request a new one.',
      url: 'https://portal.private-ai.com/',
      store: STORE_AI_PLATFORM_KEY,
    },
  }),
];
