/** Examples of the Redis detectors (test data: never imported by the runtime). */
import { fakeDbPassword as pw, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'redis.uri': {
    positive: [
      `REDIS_URL=rediss://default:«${pw('rd1')}»@eu1-stable-puma-31337.upstash.io:6379`,
      `CELERY_BROKER_URL = "redis://:«${pw('rd2')}»@cache.prod.internal:6379/0"`,
    ],
    negative: ['REDIS_URL=redis://localhost:6379/0', 'redis://:password@localhost:6379', 'redis://:${REDIS_PASSWORD}@cache:6379'],
  },
};
