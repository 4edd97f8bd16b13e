/**
 * Cypress Cloud credentials. Shape: UUID record key (docs.cypress.io: "Record key", `CYPRESS_RECORD_KEY`; shape unverified).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, hasRunOf, phrase, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'cypress.record-key',
    title: 'Cypress Cloud record key',
    keywords: ['cypress'],
    providers: [phrase('cypress')],
    kinds: ['record key'],
    value: UUID,
    post: [hasRunOf(8)],
    guide: {
      grants: "Records test runs to the project in Cypress Cloud (billed per recorded test) and reads the project's recorded results.",
      revoke: 'Cypress Cloud → the project → Project settings → Record keys → delete the key and create a new one.',
      url: 'https://docs.cypress.io/cloud/account-management/projects',
    },
  }),
];
