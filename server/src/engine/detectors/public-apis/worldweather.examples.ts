/** Examples of the worldweather detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake } from '../kit/examples.js';

export const examples: ExampleTable = {
  'worldweather.api-key': {
    positive: [
      `WORLDWEATHER_API_KEY=«${fake(B62, 31, 'worldweather1')}»`,
      `credentials:\n  world_weather_token: "«${fake(B62, 31, 'worldweather2')}»"`,
      `const worldWeatherSecret = '«${fake(B62, 31, 'worldweather3')}»';`,
    ],
    negative: [
      `WORLDWEATHER_ACCOUNT_ID=${fake(B62, 31, 'worldweather4')}`,
      `WORLDWEATHER_API_KEY=${fake(B62, 31, 'worldweather5')}${fake(B62, 6, 'tail')}`,
      `# World Weather Online settings\nAPI_KEY=${fake(B62, 31, 'worldweather6')}`,
      `WORLDWEATHER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
    ],
  },
};
