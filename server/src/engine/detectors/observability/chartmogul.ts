/**
 * ChartMogul credentials. Shape: 32 [a-z0-9] (XCHK: KF chartmogul.yml).
 * The value carries no prefix, so it is reported only when the provider's name and a kind of secret make up the
 * variable name (medium confidence).
 */
import { contextual, type Detector, lacksLetterAndDigit, phrase } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  contextual({
    id: 'chartmogul.api-key',
    title: 'ChartMogul API key',
    keywords: ['chartmogul', 'chart_mogul', 'chart-mogul', 'chart.mogul'],
    providers: [phrase('chart mogul')],
    kinds: ['api key', 'access key', 'api token', 'access token', 'secret key', 'token'],
    value: '[a-z0-9]{32}',
    post: [lacksLetterAndDigit],
    guide: {
      grants: "Reads (and with write access imports) the company's subscription revenue data: customers, invoices, MRR metrics.",
      revoke: 'ChartMogul → Profile → API keys → delete the key.',
      url: 'https://app.chartmogul.com/#/admin/api',
    },
  }),
];
