/**
 * Avaza personal credentials. Shape: digits + `-` + 40 hex (XCHK: KF avaza.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, isNotMixedHex, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'avaza.access-token',
    title: 'Avaza personal access token',
    keywords: ['avaza'],
    providers: [phrase('avaza')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[0-9]{1,10}-[0-9a-f]{40}',
    post: [isNotMixedHex],
    guide: {
      grants: 'Acts as the Avaza user: timesheets, expenses, invoices, projects and contacts.',
      revoke: 'Avaza → Settings → Integrations → API → Personal access tokens → delete.',
      url: 'https://www.avaza.com/',
    },
  }),
];
