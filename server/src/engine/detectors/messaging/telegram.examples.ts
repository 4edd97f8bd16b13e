/** Examples of the Telegram detectors (test data: never imported by the runtime). */
import { B64URL, fake, fakeNumber, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'telegram.bot-token': {
    positive: [
      `TELEGRAM_BOT_TOKEN=«${fakeNumber(10, 'tg1')}:AA${fake(B64URL, 33, 'tg2')}»`,
      `requests.get(f"https://api.telegram.org/bot«${fakeNumber(9, 'tg3')}:AA${fake(B64URL, 33, 'tg4')}»/sendMessage", params=p)`,
      `bot:\n  token: "«${fakeNumber(10, 'tg5')}:AA${fake(B64URL, 33, 'tg6')}»"  # telegram`,
    ],
    negative: [
      // Telegram's documentation samples.
      'telegram: 110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
      'TELEGRAM_BOT_TOKEN=123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11',
      'TELEGRAM_BOT_TOKEN=<bot-id>:<token>',
    ],
  },
  'telegram.api-hash': {
    positive: [
      `API_ID=${fakeNumber(8, 'th1')}\nAPI_HASH=«${fake(HEX, 32, 'th2')}»`,
      `client = TelegramClient('anon', api_id=${fakeNumber(8, 'th3')}, api_hash='«${fake(HEX, 32, 'th4')}»')`,
    ],
    negative: ['API_HASH=your_api_hash', `api_hash = "${'0'.repeat(32)}"`],
  },
};
