/**
 * Zulip credentials: shapes, context words and revoke paths from the
 * CREDENTIAL-FORMATS.md §3 rows; un-prefixed secrets are only reported when the provider's name is part of the variable name.
 */
import { assignment, B62, defineDetector, phrase, providerKindName, STORE_IN_SECRET_STORE, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'zulip.api-key',
    title: 'Zulip API key',
    keywords: ['zulip'],
    pattern: () => assignment(providerKindName([phrase('zulip')], ['api key', 'bot key', 'key', 'token']), `[${B62.re}]{32}`),
    minEntropy: 3.5,
    guide: {
      grants: 'Acts as the Zulip user or bot: reads the streams and private messages it can see and sends messages as it.',
      revoke: 'Zulip → Settings → Account & privacy → API key → Generate new API key (for bots: Settings → Bots → regenerate).',
      url: 'https://zulip.com/api/api-keys',
      store: STORE_IN_SECRET_STORE,
    },
  }),
  defineDetector({
    id: 'zulip.zuliprc-key',
    title: 'Zulip API key in a zuliprc file',
    keywords: ['[api]'],
    scope: 'document',
    // zuliprc: an [api] section with email=, key=<32 b62>, site=.
    pattern: /^[ \t]*key[ \t]*=[ \t]*(?<secret>[A-Za-z0-9]{32})[ \t]*\r?$/m,
    minEntropy: 3.5,
    guide: {
      grants: 'Acts as the Zulip user or bot: reads the streams and private messages it can see and sends messages as it.',
      revoke: 'Zulip → Settings → Account & privacy → API key → Generate new API key (for bots: Settings → Bots → regenerate).',
      url: 'https://zulip.com/api/configuring-python-bindings',
      store: STORE_IN_SECRET_STORE,
    },
  }),
];
