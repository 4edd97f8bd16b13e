/** Examples of the Anthropic detectors (test data: never imported by the runtime). */
import { B64URL, fake, type ExampleTable } from '../kit/examples.js';

const anthropicKey = (prefix: string, salt: string) => `${prefix}${fake(B64URL, 93, salt)}AA`;

export const examples: ExampleTable = {
  'anthropic.api-key': {
    positive: [
      `ANTHROPIC_API_KEY=«${anthropicKey('sk-ant-api03-', 'an1')}»`,
      `{"source": ["os.environ['ANTHROPIC_API_KEY'] = '«${anthropicKey('sk-ant-api03-', 'an2')}»'\\n"]}`,
    ],
    negative: ['ANTHROPIC_API_KEY=sk-ant-api03-...', `key = "sk-ant-api03-${'x'.repeat(93)}AA"`],
  },
  'anthropic.admin-key': {
    positive: [`ANTHROPIC_ADMIN_KEY=«${anthropicKey('sk-ant-admin01-', 'ad1')}»`],
    negative: ['sk-ant-admin01- keys manage the organisation', `ANTHROPIC_ADMIN_KEY=sk-ant-admin01-${fake(B64URL, 20, 'short')}`],
  },
  'anthropic.oauth-token': {
    positive: [`CLAUDE_CODE_OAUTH_TOKEN=«sk-ant-oat01-${fake(B64URL, 95, 'oat')}»`, `refresh: «sk-ant-ort01-${fake(B64URL, 95, 'ort')}»`],
    negative: ['CLAUDE_CODE_OAUTH_TOKEN=sk-ant-oat01-<token>'],
  },
};
