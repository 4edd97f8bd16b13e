/** Examples of the Hugging Face detectors (test data: never imported by the runtime). */
import { alphabet, fake, HEX, type ExampleTable } from '../kit/examples.js';

const LETTERS = alphabet('A-Za-z');

export const examples: ExampleTable = {
  'huggingface.user-token': {
    positive: [`HF_TOKEN=«hf_${fake(LETTERS, 34, 'hf1')}»`, `huggingface_hub.login(token="«hf_${fake(LETTERS, 34, 'hf2')}»")`],
    negative: [
      'from huggingface_hub import hf_hub_download',
      `HF_TOKEN=hf_${fake(LETTERS, 20, 'short')}`,
      'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'huggingface.org-token': {
    positive: [`HUGGINGFACE_ORG_TOKEN=«api_org_${fake(LETTERS, 34, 'hfo')}»`],
    negative: [`api_org_id = "${fake(HEX, 24, 'org')}"`],
  },
};
