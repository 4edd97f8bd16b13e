/**
 * Flexport credentials. Shape: `shltm_` + 40 base64url (XCHK: KF flexport.yml).
 */
import { B64URL, type Detector, lacksLetterAndDigit, token } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'flexport.api-key',
    title: 'Flexport API key',
    prefix: 'shltm_',
    alphabet: B64URL,
    length: 40,
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Calls Flexport's logistics API for the company: reads shipments, bookings, invoices and documents, and creates bookings.",
      revoke: 'Flexport app → Settings → Developer / API credentials → revoke the key and create a new one.',
      url: 'https://developers.flexport.com/',
    },
  }),
];
