/**
 * Geckoboard credentials. Shape: 44 base62 (XCHK: KF geckoboard.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'geckoboard.api-key',
    title: 'Geckoboard API key',
    keywords: ['geckoboard', 'gecko_board', 'gecko-board', 'gecko.board'],
    providers: [phrase('gecko board')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9]{44}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Pushes data into the account's datasets and edits its dashboards.",
      revoke: 'Geckoboard → Account → API key → reset.',
      url: 'https://app.geckoboard.com/account/details',
    },
  }),
];
