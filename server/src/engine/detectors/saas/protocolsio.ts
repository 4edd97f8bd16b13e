/** protocolsio (research protocols): SaaS productivity and CRM. */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'protocolsio.api-key',
    title: 'protocols.io access token',
    keywords: ['protocolsio', 'protocols_io', 'protocols.io'],
    providers: [phrase('protocols io')],
    kinds: ['key', 'token', 'secret'],
    // 64 [a-z0-9] under a `protocols.io` name.
    value: '[a-z0-9]{64}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: 'Acts as the user on protocols, workspaces and files.',
      revoke: 'protocols.io → Developer → revoke the client access token.',
      url: 'https://www.protocols.io/developers',
    },
  }),
];
