/** Examples of the Vercel detectors (test data: never imported by the runtime). */
import { B62, fakeMixed, type ExampleTable } from '../kit/examples.js';

const VERCEL_LEGACY = fakeMixed(B62, 24, 'vercel');

export const examples: ExampleTable = {
  'vercel.token': {
    positive: [`VERCEL_TOKEN=«vcp_${fakeMixed(B62, 56, 'vcp')}»`],
    negative: [`vcp_${'x'.repeat(56)}`, 'vcp_ is a Vercel token prefix'],
  },
  'vercel.token-legacy': {
    positive: [
      `VERCEL_TOKEN=«${VERCEL_LEGACY}»`,
      `{\n  "// Note": "This is your Vercel credentials file. DO NOT SHARE!",\n  "// Docs": "https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json",\n  "token": "«${fakeMixed(B62, 24, 'vercel2')}»"\n}`,
      `provider "vercel" {\n  api_token = "«${fakeMixed(B62, 24, 'vercel3')}»"\n  team      = "ferro"\n}`,
    ],
    negative: [
      `{"token": "${fakeMixed(B62, 24, 'other')}"}`,
      'VERCEL_TOKEN=${{ secrets.VERCEL_TOKEN }}',
      `VERCEL_ORG_ID=team_${fakeMixed(B62, 24, 'org')}`,
    ],
  },
};
