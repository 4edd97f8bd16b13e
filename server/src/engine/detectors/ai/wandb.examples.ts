/** Examples of the Weights & Biases detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'wandb.api-key': {
    positive: [`WANDB_API_KEY=«${fake(HEX, 40, 'wb')}»`, `machine api.wandb.ai login user password «${fake(HEX, 40, 'wb2')}»`],
    negative: ['WANDB_API_KEY=${WANDB_API_KEY}', `WANDB_RUN_ID=${fake(B62, 8, 'run')}`, `wandb_git_commit: ${'0'.repeat(40)}`],
  },
};
