/** Examples of the rapidapi detectors (test data: never imported by the runtime). */
import { type ExampleTable, fake, HEX, LOWER_DIGITS } from '../kit/examples.js';

export const examples: ExampleTable = {
  'rapidapi.key': {
    positive: [
      `RAPIDAPI_KEY=«${fake(HEX, 10, 'ra')}msh${fake(HEX, 14, 'ra2')}p1${fake(HEX, 6, 'ra3')}jsn${fake(HEX, 12, 'ra4')}»`,
      `headers: { 'X-RapidAPI-Key': '«${fake(HEX, 10, 'rb')}msh${fake(HEX, 14, 'rb2')}p1${fake(HEX, 6, 'rb3')}jsn${fake(HEX, 12, 'rb4')}»', 'X-RapidAPI-Host': 'x.p.rapidapi.com' }`,
    ],
    negative: ["headers: { 'X-RapidAPI-Key': 'SIGN-UP-FOR-KEY' }", `'X-RapidAPI-Host': '${fake(LOWER_DIGITS, 20, 'h')}.p.rapidapi.com'`],
  },
};
