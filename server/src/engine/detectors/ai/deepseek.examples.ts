/** Examples of the DeepSeek detectors (test data: never imported by the runtime). */
import { fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'deepseek.api-key': {
    positive: [
      `DEEPSEEK_API_KEY=«sk-${fake(HEX, 32, 'ds')}»`,
      `client = OpenAI(api_key="«sk-${fake(HEX, 32, 'ds2')}»", base_url="https://api.deepseek.com")`,
    ],
    negative: ['DEEPSEEK_API_KEY=${DEEPSEEK_API_KEY}', `OPENAI_API_KEY=sk-${fake(HEX, 32, 'not-ds')}`],
  },
};
