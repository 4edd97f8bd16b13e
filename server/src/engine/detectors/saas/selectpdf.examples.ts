/** Examples of the selectpdf detectors (test data: never imported by the runtime). */
import { B62, type ExampleTable, fake, fakeUuid } from '../kit/examples.js';

export const examples: ExampleTable = {
  'selectpdf.api-key': {
    positive: [
      `SELECTPDF_API_KEY=«${fakeUuid('selectpdf1')}»`,
      `credentials:\n  select_pdf_token: "«${fakeUuid('selectpdf2')}»"`,
      `const selectPdfSecret = '«${fakeUuid('selectpdf3')}»';`,
    ],
    negative: [
      `SELECTPDF_ACCOUNT_ID=${fakeUuid('selectpdf4')}`,
      `SELECTPDF_API_KEY=${fakeUuid('selectpdf5')}${fake(B62, 6, 'tail')}`,
      `# SelectPdf settings\nAPI_KEY=${fakeUuid('selectpdf6')}`,
      'SELECTPDF_API_KEY=${SELECTPDF_API_KEY}',
    ],
  },
};
