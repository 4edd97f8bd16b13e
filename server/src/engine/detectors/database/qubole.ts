/** qubole (data-lake platform): databases and data platforms. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'qubole.api-key',
    title: 'Qubole API token',
    keywords: ['qubole'],
    providers: [phrase('qubole')],
    kinds: ['key', 'token', 'secret'],
    // 64 [a-z0-9] under a `qubole` name.
    value: '[a-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Runs commands and clusters and reads data on the Qubole account as the user.',
      revoke: 'Qubole → Control Panel → My Accounts → reset the API token.',
      url: 'https://us.qubole.com/',
    },
  }),
];
