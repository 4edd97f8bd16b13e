/** Redis / Valkey / KeyDB connection URIs with a password (CREDENTIAL-FORMATS.md §8). */
import { URI_PASSWORD_CHECKS, dbGuide, uri, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  uri({
    id: 'redis.uri',
    title: 'Redis connection URI with password',
    schemes: 'rediss?|redis-sentinel|redis\\+sentinel|valkeys?|keydb',
    keywords: ['redis', 'valkey', 'keydb'],
    post: URI_PASSWORD_CHECKS,
    guide: dbGuide(
      'Read, write and flush every key of the Redis instance; with admin ACLs, reconfigure the server.',
      'Set a new password (`CONFIG SET requirepass` / `ACL SETUSER`) or reset it in the managed console (ElastiCache, Upstash, Redis Cloud), then update clients.',
    ),
  }),
];
