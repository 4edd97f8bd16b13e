/** ynab (long tail of providers, issue 9 §3): YNAB (You Need A Budget). */
import { contextual, type Detector, isNotMixedHex, phraseAfterNonLetter } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'ynab.personal-access-token',
    title: 'YNAB (You Need A Budget) personal access token',
    keywords: ['ynab', 'youneedabudget', 'you_need_a_budget', 'you-need-a-budget', 'you.need.a.budget'],
    providers: [phraseAfterNonLetter('ynab'), phraseAfterNonLetter('you need a budget')],
    kinds: ['key', 'token', 'secret'],
    // 64 hex (format facts: Kingfisher rule set); no prefix, so only the provider's name in the variable name says what it is.
    value: '[0-9a-fA-F]{64}',
    minEntropy: 3,
    post: [isNotMixedHex],
    guide: {
      grants: "Reads and changes all of the user's budgets, accounts and transactions.",
      revoke: 'YNAB → Account settings → Developer settings → Personal access tokens → Revoke.',
      url: 'https://app.ynab.com/settings/developer',
    },
  }),
];
