/** NuGet.org API keys and NuGet.Config feed passwords (CREDENTIAL-FORMATS.md §2). */
import { ci, defineDetector, LOWER_DIGITS, token, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  token({
    id: 'nuget.api-key',
    title: 'NuGet.org API key',
    scope: 'document',
    prefix: 'oy2',
    alphabet: LOWER_DIGITS,
    length: 43,
    minEntropy: 3.5,
    guide: {
      grants: "Pushes and unlists packages matching the key's glob pattern and scopes on nuget.org.",
      revoke: 'nuget.org → account → API Keys → Delete (or Regenerate).',
      url: 'https://www.nuget.org/account/apikeys',
      store: 'Use NuGet trusted publishing or keep the key in the CI secret store; never commit NuGet.Config with keys.',
    },
  }),
  defineDetector({
    id: 'nuget.config-password',
    title: 'Password in NuGet.Config packageSourceCredentials',
    keywords: ['cleartextpassword', 'packagesourcecredentials'],
    scope: 'document',
    precedence: -1,
    pattern: () =>
      new RegExp(
        `<${ci('add')}[ \\t]{1,8}${ci('key')}[ \\t]{0,8}=[ \\t]{0,8}"(?:${ci('ClearTextPassword')}|${ci('Password')})"[ \\t]{1,8}${ci('value')}[ \\t]{0,8}=[ \\t]{0,8}"(?<secret>[^"<>\\s]{4,2000})"`,
      ),
    guide: {
      grants:
        "The feed password or PAT (often an Azure DevOps or GitHub token): reads and pushes packages on that feed, and possibly more with the PAT's other scopes.",
      revoke:
        "Revoke the PAT or change the password at the feed's provider (Azure DevOps → User settings → Personal access tokens; GitHub → Settings → Tokens).",
      url: 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials',
      store:
        'Use `%ENV_VAR%` references in NuGet.Config, or the Azure Artifacts credential provider; keep the value in the CI secret store.',
    },
  }),
];
