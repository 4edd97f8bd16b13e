/** loggly (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { assignedTo, ci, defineDetector, type Detector, leadThen, names, STORE_IN_PLATFORM_SECRET_STORE, UUID } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'loggly.token',
    title: 'Loggly customer token',
    keywords: ['loggly'],
    pattern: () => leadThen([`${ci('loggly.com')}/(?:inputs|bulk)/`, assignedTo(names('loggly'))], UUID, '(?![A-Za-z0-9_-])'),
    guide: {
      grants: 'Sends logs into the Loggly account.',
      revoke: 'Loggly → Source setup → Customer tokens → add a new token, update senders, delete the old one.',
      url: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
