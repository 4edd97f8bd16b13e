/**
 * Beebole credentials. Shape: 40 [a-z0-9] (XCHK: KF beebole.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'beebole.api-token',
    title: 'Beebole API token',
    keywords: ['beebole'],
    providers: [phrase('beebole')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{40}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads and edits the company's Beebole timesheets, people, projects and absences.",
      revoke: 'Beebole → user settings → API token → regenerate.',
      url: 'https://beebole.com/timesheet-api/',
    },
  }),
];
