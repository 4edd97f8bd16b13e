/** Examples of the openweather detectors (test data: never imported by the runtime). */
import { DIGITS, type ExampleTable, fake, HEX } from '../kit/examples.js';

export const examples: ExampleTable = {
  'openweather.api-key': {
    positive: [
      `OPENWEATHER_API_KEY=«${fake(HEX, 32, 'owm')}»`,
      `fetch(\`https://api.openweathermap.org/data/2.5/weather?q=Lyon&units=metric&appid=«${fake(HEX, 32, 'owm2')}»\`)`,
    ],
    negative: ['https://api.openweathermap.org/data/2.5/weather?q=Lyon&appid={API key}', `OWM_CITY_ID=${fake(DIGITS, 7, 'city')}`],
  },
};
