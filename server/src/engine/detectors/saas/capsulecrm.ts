/**
 * Capsule CRM credentials. Shape: 64 characters of [A-Za-z0-9._+=-] (XCHK: KF capsulecrm.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'capsulecrm.api-token',
    title: 'Capsule CRM API token',
    keywords: ['capsulecrm', 'capsule_crm', 'capsule-crm', 'capsule.crm', 'capsule'],
    providers: [phrase('capsule crm'), phrase('capsule')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[A-Za-z0-9._+=-]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the Capsule user: reads and edits contacts, opportunities, cases and tasks (customer personal data).',
      revoke: 'Capsule → My preferences → API authentication tokens → delete the token.',
      url: 'https://developer.capsulecrm.com/v2/overview/authentication',
    },
  }),
];
