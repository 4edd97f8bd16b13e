/** iexcloud (market-data API): public-data and media APIs. */
import { contextual, type Detector, lacksLetterAndDigit, phrase, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'iexcloud.api-key',
    title: 'IEX Cloud secret token',
    keywords: ['iex'],
    providers: [phrase('iex cloud'), phrase('iex apis'), phraseAfterNonLetter('iex')],
    kinds: ['key', 'token', 'secret'],
    // `sk_` + 32 hex; publishable tokens (`pk_`) are meant for browsers and do not match. `sk_` alone is shared with other providers, hence
    // the name.
    value: 'sk_[0-9a-f]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls the IEX Cloud API with the account's secret token (account usage, message credits, all data endpoints).",
      revoke: 'IEX Cloud console → API Tokens → delete the secret token (IEX Cloud was retired in 2024: delete the value everywhere).',
      url: 'https://iexcloud.io/console/tokens',
    },
  }),
];
