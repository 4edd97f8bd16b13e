/** Examples of the html2pdf.app detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeMixed } from '../kit/examples.js';

export const examples: ExampleTable = {
  'html2pdf.api-key': {
    positive: [
      `HTML2PDF_API_KEY=«${fakeMixed(B62, 64, 'html0a')}»`,
      `{ "html2pdf_api_key": "«${fakeMixed(B62, 64, 'html0b')}»" }`,
      `const html2pdfApiKey = '«${fakeMixed(B62, 64, 'html0d')}»';`,
    ],
    negative: [
      `HTML2PDF_API_KEY=${fake(B62, 60, 'html0c')}`,
      `HTML2PDF_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `HTML2PDF_API_KEY=${'$'}{HTML2PDF_API_KEY}`,
      `HTML2PDF_ACCOUNT_ID=${fakeMixed(B62, 64, 'html0e')}`,
    ],
  },
};
