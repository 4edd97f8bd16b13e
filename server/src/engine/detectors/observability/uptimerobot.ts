/** uptimerobot (CREDENTIAL-FORMATS.md §6, observability and monitoring). */
import { defineDetector, type Detector, STORE_IN_PLATFORM_SECRET_STORE, VALUE_END, VALUE_START } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'uptimerobot.api-key',
    title: 'UptimeRobot API key',
    keywords: ['uptimerobot', 'uptime_robot', 'uptime-robot'],
    // Main `u<id>-…`, monitor-specific `m<id>-…`, read-only `ur<id>-…`.
    pattern: () => new RegExp(`${VALUE_START}(?<secret>(?:ur|u|m)\\d{5,10}-[A-Za-z0-9]{24})${VALUE_END}`),
    guide: {
      grants: "Reads and changes the account's monitors, alert contacts and status pages (read-only `ur…` keys only read).",
      revoke: 'UptimeRobot → Integrations & API → API → reset the key.',
      url: 'https://dashboard.uptimerobot.com/integrations',
      store: STORE_IN_PLATFORM_SECRET_STORE,
    },
  }),
];
