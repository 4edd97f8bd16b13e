/** Examples of the ElevenLabs detectors (test data: never imported by the runtime). */
import { B62, fake, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'elevenlabs.api-key': {
    positive: [`ELEVENLABS_API_KEY=«sk_${fake(HEX, 48, 'el')}»`, `headers = {"xi-api-key": "«sk_${fake(HEX, 48, 'el2')}»"}`],
    negative: [`STRIPE_KEY=sk_live_${fake(B62, 24, 'stripe')}`, `sk_${fake(HEX, 32, 'short')}`],
  },
  'elevenlabs.legacy-api-key': {
    positive: [`ELEVENLABS_API_KEY=«${fake(HEX, 32, 'el-legacy')}»`, `headers = {"xi-api-key": "«${fake(HEX, 32, 'el-l2')}»"}`],
    negative: ['ELEVENLABS_API_KEY=${ELEVENLABS_API_KEY}', `ELEVENLABS_VOICE_ID=${fake(B62, 20, 'voice')}`],
  },
};
