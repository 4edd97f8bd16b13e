/** Examples of the NuGet detectors (test data: never imported by the runtime). */
import { B62, fake, LOWER_DIGITS, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'nuget.api-key': {
    positive: [
      `dotnet nuget push pkg.nupkg --api-key «oy2${fake(LOWER_DIGITS, 43, 'ng1')}» --source https://api.nuget.org/v3/index.json`,
      `NUGET_API_KEY=«oy2${fake(LOWER_DIGITS, 43, 'ng2')}»`,
    ],
    negative: [`NUGET_API_KEY=oy2${fake(LOWER_DIGITS, 20, 'short')}`, 'NUGET_API_KEY=oy2aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
  },
  'nuget.config-password': {
    positive: [
      `<packageSourceCredentials>\n  <Contoso>\n    <add key="Username" value="ci@example.com" />\n    <add key="ClearTextPassword" value="«${fake(B62, 40, 'feed')}»" />\n  </Contoso>\n</packageSourceCredentials>`,
    ],
    negative: ['<add key="ClearTextPassword" value="%NUGET_FEED_PAT%" />', '<add key="ClearTextPassword" value="<your-pat>" />'],
  },
};
