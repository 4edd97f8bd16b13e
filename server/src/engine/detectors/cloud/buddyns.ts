/**
 * BuddyNS credentials. Shape: 40 [a-z0-9] (XCHK: KF buddyns.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'buddyns.api-key',
    title: 'BuddyNS API key',
    keywords: ['buddyns', 'buddy_ns', 'buddy-ns', 'buddy.ns'],
    providers: [phrase('buddy ns')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Manages the account's secondary DNS zones and servers on BuddyNS.",
      revoke: 'BuddyNS control panel → My account → API → regenerate key.',
      url: 'https://www.buddyns.com/support/api/v2/',
    },
  }),
];
