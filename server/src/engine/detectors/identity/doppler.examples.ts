/** Examples of the doppler detectors (test data: never imported by the runtime). */
import { B62, type DetectorExamples, type ExampleTable, fake } from '../kit/examples.js';

function token(id: string, type: string, slug = false): DetectorExamples {
  const prefix = `dp.${type}.`;
  return {
    positive: [
      `DOPPLER_TOKEN=«${prefix}${slug ? 'prd.' : ''}${fake(B62, 43, id)}»`,
      `doppler run --token «${prefix}${fake(B62, 44, `${id}2`)}» -- ./start.sh`,
    ],
    negative: [`DOPPLER_TOKEN=${prefix}${slug ? 'prd.' : ''}xxxx`, `DOPPLER_TOKEN=${prefix}${fake(B62, 20, 'short')}`],
  };
}

export const examples: ExampleTable = {
  'doppler.service-token': token('doppler.service-token', 'st', true),
  'doppler.personal-token': token('doppler.personal-token', 'pt'),
  'doppler.cli-token': token('doppler.cli-token', 'ct'),
  'doppler.service-account-token': token('doppler.service-account-token', 'sa'),
  'doppler.scim-token': token('doppler.scim-token', 'scim'),
  'doppler.audit-token': token('doppler.audit-token', 'audit'),
};
