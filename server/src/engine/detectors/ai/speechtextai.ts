/** speechtextai (long tail of providers, issue 9 §3): SpeechText.AI. */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'speechtextai.api-key',
    title: 'SpeechText.AI API key',
    keywords: ['speechtext', 'speech_text', 'speech-text', 'speech.text'],
    providers: [phrase('speech text')],
    kinds: ['key', 'token', 'secret'],
    // 32 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{32}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Transcribes audio on the account's paid minutes and reads past transcriptions.",
      revoke: 'SpeechText.AI dashboard → API key → regenerate.',
      url: 'https://speechtext.ai/dashboard',
    },
  }),
];
