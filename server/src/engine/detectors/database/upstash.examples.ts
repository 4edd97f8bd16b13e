/** Examples of the Upstash detectors (test data: never imported by the runtime). */
import { B62, fake, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'upstash.redis-rest-token': {
    positive: [`UPSTASH_REDIS_REST_TOKEN=«AX${fake(B62, 70, 'up')}=»`],
    negative: ['UPSTASH_REDIS_REST_TOKEN=${UPSTASH_TOKEN}', 'UPSTASH_REDIS_REST_URL=https://eu1-stable-puma-31337.upstash.io'],
  },
};
