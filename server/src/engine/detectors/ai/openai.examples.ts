/** Examples of the OpenAI detectors (test data: never imported by the runtime). */
import { B62, B64URL, fake, HEX, type DetectorExamples, type ExampleTable } from '../kit/examples.js';

const OPENAI_MARKER = 'T3BlbkFJ';

const openAiKey = (prefix: string, salt: string) =>
  `${prefix}${fake(B64URL, 74, `${salt}1`)}${OPENAI_MARKER}${fake(B64URL, 74, `${salt}2`)}`;

/** The three prefixed key families share their examples (the id salts the fakes). */
function prefixedKey(id: string, prefix: string): DetectorExamples {
  return {
    positive: [`OPENAI_API_KEY=«${openAiKey(prefix, id)}»`, `client = OpenAI(api_key="«${openAiKey(prefix, `${id}b`)}»")`],
    negative: [
      `OPENAI_API_KEY=${prefix}...`,
      `api_key = "${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"`,
      `Keys start with ${prefix} and are shown once.`,
    ],
  };
}

export const examples: ExampleTable = {
  'openai.project-key': prefixedKey('openai.project-key', 'sk-proj-'),
  'openai.service-account-key': prefixedKey('openai.service-account-key', 'sk-svcacct-'),
  'openai.admin-key': prefixedKey('openai.admin-key', 'sk-admin-'),
  'openai.legacy-key': {
    positive: [
      `openai.api_key = "«sk-${fake(B62, 20, 'oa1')}${OPENAI_MARKER}${fake(B62, 20, 'oa2')}»"`,
      `export OPENAI_API_KEY=«sk-${fake(B62, 20, 'oa3')}${OPENAI_MARKER}${fake(B62, 20, 'oa4')}»`,
    ],
    negative: [`STABILITY_KEY=sk-${fake(B62, 48, 'st')}`, `DEEPSEEK_API_KEY=sk-${fake(HEX, 32, 'ds')}`],
  },
};
