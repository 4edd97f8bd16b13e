/** Examples of the Cloudflare detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, fakeMixed, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

const CF_TOKEN = fakeMixed(B64URL, 40, 'cf-token');

const TUNNEL_TOKEN = Buffer.from(
  JSON.stringify({ a: fake(HEX, 32, 'cf-acct'), t: fakeUuid('cf-tunnel'), s: Buffer.from(fake(B62, 32, 'cf-s')).toString('base64') }),
).toString('base64');

export const examples: ExampleTable = {
  'cloudflare.api-token': {
    positive: [
      `CLOUDFLARE_API_TOKEN=«${CF_TOKEN}»`,
      `provider "cloudflare" {\n  api_token = "«${fakeMixed(B64URL, 40, 'cf2')}»"\n}`,
      `curl https://api.cloudflare.com/client/v4/user/tokens/verify -H "Authorization: Bearer «${fakeMixed(B64URL, 40, 'cf3')}»"`,
    ],
    negative: [
      `CLOUDFLARE_ZONE_ID=${fake(HEX, 32, 'zone')}`,
      `Authorization: Bearer ${fakeMixed(B64URL, 40, 'cf4')}`,
      `cloudflare_action_sha: ${fake(HEX, 40, 'sha')}`,
    ],
  },
  'cloudflare.user-api-token': {
    positive: [`CLOUDFLARE_API_TOKEN=«cfut_${fakeMixed(B62, 48, 'cfut')}»`],
    negative: ['cfut_ is the prefix of Cloudflare user tokens', `cfut_${fake(B62, 20, 'short')}`],
  },
  'cloudflare.account-api-token': {
    positive: [`export CF_ACCOUNT_TOKEN="«cfat_${fakeMixed(B62, 48, 'cfat')}»"`],
    negative: [`cfat_${'x'.repeat(48)}`],
  },
  'cloudflare.global-api-key': {
    positive: [`CLOUDFLARE_API_KEY=«cfk_${fakeMixed(B62, 48, 'cfk')}»`],
    negative: ['CLOUDFLARE_API_KEY=cfk_<global-api-key>'],
  },
  'cloudflare.global-api-key-legacy': {
    positive: [
      `CLOUDFLARE_API_KEY=«${fake(HEX, 37, 'cfkey')}»`,
      `curl -H "X-Auth-Email: ops@example.com" -H "X-Auth-Key: «${fake(HEX, 37, 'cfkey2')}»" https://api.cloudflare.com/client/v4/zones`,
    ],
    negative: [`CLOUDFLARE_API_KEY=${fake(HEX, 40, 'cf-sha')}`, 'X-Auth-Key: <your global api key>'],
  },
  'cloudflare.origin-ca-key': {
    positive: [`CF_ORIGIN_CA_KEY=«v1.0-${fake(HEX, 24, 'oca1')}-${fake(HEX, 146, 'oca2')}»`],
    negative: [`version: v1.0-${fake(HEX, 8, 'rel')}`],
  },
  'cloudflare.tunnel-token': {
    positive: [`cloudflared tunnel run --token «${TUNNEL_TOKEN}»`, `TUNNEL_TOKEN=«${TUNNEL_TOKEN}»`],
    negative: [`token: ${Buffer.from(JSON.stringify({ a: 'x', b: fake(B62, 120, 'nt') })).toString('base64')}`],
  },
};
