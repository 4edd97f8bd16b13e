/** Examples of the vault detectors (test data: never imported by the runtime). */
import { B62, B64URL, type ExampleTable, fake, fakeBytes } from '../kit/examples.js';

const vaultBody = (salt: string, length = 95) => `CAESI${fake(B64URL, length - 5, salt)}`;

export const examples: ExampleTable = {
  'vault.service-token': {
    positive: [
      `VAULT_TOKEN=«hvs.${vaultBody('hvs1')}»`,
      `vault:\n  token: «hvs.${vaultBody('hvs2', 99)}»`,
      `curl -H "X-Vault-Token: «hvs.${fake(B62, 24, 'hvs3')}»" https://vault:8200/v1/secret/data/app`,
    ],
    negative: ['VAULT_TOKEN=hvs.CAESI...', 'VAULT_TOKEN=hvs.xxxxxxxxxxxxxxxxxxxxxxxx', 'see charts.hvs.example'],
  },
  'vault.batch-token': {
    positive: [`VAULT_TOKEN=«hvb.AAAAAQ${fake(B64URL, 160, 'hvb')}»`],
    negative: ['VAULT_TOKEN=hvb.AAAAAQ...'],
  },
  'vault.recovery-token': {
    positive: [`VAULT_TOKEN=«hvr.${fake(B64URL, 90, 'hvr')}»`],
    negative: ['VAULT_TOKEN=hvr.<recovery-token>'],
  },
  'vault.legacy-token': {
    positive: [
      `export VAULT_TOKEN=«s.${fake(B62, 24, 'vs')}»`,
      `Initial Root Token: «s.${fake(B62, 24, 'vroot')}»`,
      `BAO_TOKEN=«s.${fake(B62, 24, 'bao')}»`,
    ],
    negative: ['VAULT_ADDR=https://vault.internal:8200', 'vault_token_path: s.token_file_location_here', `VAULT_TOKEN=s.${'a'.repeat(24)}`],
  },
  'vault.unseal-key': {
    positive: [
      `Unseal Key 1: «${Buffer.from(fakeBytes(33, 'unseal')).toString('base64')}»`,
      `Recovery Key 2: «${Buffer.from(fakeBytes(33, 'recovery')).toString('base64')}»`,
    ],
    negative: ['Unseal Key 1: <redacted>', 'Unseal Key 1: ${UNSEAL_KEY_1}'],
  },
};
