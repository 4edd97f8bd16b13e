/**
 * Microsoft Azure credentials. Shapes: CREDENTIAL-FORMATS.md §1 (storage keys: "Manage storage
 * account access keys" — two 512-bit keys, 88 Base64 chars; Entra secrets: the `Q~` marker at
 * index 4–5 of 40-char secrets; DevOps: 84-char PATs carrying `AZDO`, legacy 52-char base32).
 * The emulator (Azurite, Cosmos) well-known keys are documented values and never reported.
 */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  lacksMixedClasses,
  phrase,
  rejectValues,
  requireNearby,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** 64 random bytes: 86 Base64 characters and `==`. */
const KEY88 = '[A-Za-z0-9+/]{86}==';

/** 32 random bytes: 43 Base64 characters and `=`. */
const KEY44 = '[A-Za-z0-9+/]{43}=';

const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

const isEmulatorKey = rejectValues([AZURITE_KEY, COSMOS_EMULATOR_KEY], 'emulator well-known key');

/** Entra secret layout: 3 chars, a digit, `Q~`, 34 chars. */
const ENTRA_NEW = /^[A-Za-z0-9_~.]{3}[0-9]Q~/;

const ACCOUNT_NAME_EMULATOR: PostValidator = ({ groups }) =>
  groups.account === 'devstoreaccount1' ? 'storage emulator account' : undefined;

const store =
  "Use managed identities or workload identity federation instead of keys; otherwise keep the value in Azure Key Vault (Key Vault references in App Service/Functions) or the pipeline's secret variables.";

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'azure.entra-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    keywords: ['Q~'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{34})(?![A-Za-z0-9_~.-])/,
    post: [lacksMixedClasses],
    guide: {
      grants:
        'Authenticates as the app registration (service principal): every Microsoft Graph and Azure RBAC permission granted to it, often subscription-wide.',
      revoke:
        'Entra admin center → App registrations → the app → Certificates & secrets → Client secrets → delete the secret (add a new one first and deploy it); review the sign-in logs of the service principal.',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      store,
    },
  }),
  defineDetector({
    id: 'azure.entra-client-secret-legacy',
    title: 'Microsoft Entra ID client secret (legacy, un-marked)',
    keywords: ['azure', 'arm_client', 'arm-client', 'armclient', 'aad', 'entra', 'msal'],
    pattern: () =>
      anchored(
        assignment(
          [
            `(?:${ci('azure')}|${ci('arm')}|${ci('aad')}|${ci('entra')}|${ci('msal')})[A-Za-z0-9_.:-]{0,20}${ci('client')}[._-]?${ci('secret')}`,
          ],
          '[A-Za-z0-9_~.+/=-]{32,44}',
          { valueEnd: '(?![A-Za-z0-9_~.+/=-])' },
        ),
      ),
    post: [
      ({ value }) => (ENTRA_NEW.test(value) ? 'new-format secret (azure.entra-client-secret)' : undefined),
      ({ value }) => (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value) ? 'uuid' : undefined),
      lacksMixedClasses,
    ],
    minEntropy: 3.8,
    guide: {
      grants: 'Authenticates as the app registration (service principal), with its Graph and Azure RBAC permissions.',
      revoke:
        'Entra admin center → App registrations → the app → Certificates & secrets → delete the secret; new secrets use the `Q~` format.',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      store,
    },
  }),
  defineDetector({
    id: 'azure.storage-account-key',
    title: 'Azure Storage account key',
    keywords: [
      'accountkey',
      'account_key',
      'account.key',
      'account-key',
      'storagekey',
      'storage_key',
      'storage-key',
      'storage_access',
      'storageaccess',
      'storage-access',
      'storage_account',
      'storageaccount',
    ],
    scope: 'document',
    // Document scope: Hadoop core-site.xml puts `<name>fs.azure.account.key.…</name>` and `<value>` on separate lines.
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${phrase('account key')}|${ci('storage')}[._-]?(?:${ci('account')}[._-]?)?(?:${ci('access')}[._-]?)?${ci('key')}|${phrase('primary access key')}|${phrase('secondary access key')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
          `|(?<_hadoop>fs\\.azure\\.account\\.key\\.(?<account>[a-z0-9]{3,24})\\.(?:blob|dfs)\\.core\\.windows\\.net(?:\\s*[=:]\\s*|\\s+|</name>\\s{0,200}<value>)))["']?(?<secret>${KEY88})(?![A-Za-z0-9+/=])`,
      ),
    post: [isEmulatorKey, ({ groups }) => (/cosmos|batch/i.test(groups.name ?? '') ? 'another Azure service' : undefined)],
    guide: {
      grants:
        "Full control of the storage account's data: read, write and delete every blob, file share, queue and table, and sign SAS tokens.",
      revoke:
        'Portal → the storage account → Security + networking → Access keys → Rotate the leaked key (key1 or key2; switch consumers to the other key first). SAS tokens signed with it die with it. Consider disabling shared-key access.',
      url: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
      store,
    },
  }),
  defineDetector({
    id: 'azure.storage-connection-string',
    title: 'Azure Storage connection string',
    keywords: ['accountname'],
    scope: 'document',
    pattern: () =>
      new RegExp(`${ci('AccountName')}=(?<account>[a-z0-9]{3,24});\\s*${ci('AccountKey')}=(?<secret>${KEY88})(?![A-Za-z0-9+/=])`),
    post: [isEmulatorKey, ACCOUNT_NAME_EMULATOR],
    guide: {
      grants: "Full control of the storage account's data (blobs, files, queues, tables) through the embedded account key.",
      revoke: 'Portal → the storage account → Access keys → Rotate the key in the string (switch consumers to the other key first).',
      url: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
      store,
    },
  }),
  defineDetector({
    id: 'azure.sas-token',
    title: 'Azure shared access signature (SAS)',
    keywords: ['sig='],
    // sig = Base64 HMAC-SHA256 (43 chars + `=`), usually URL-encoded; only with `sv=<date>` or `skn=` on the line.
    pattern: /[?&;\s"']sig=(?<secret>(?:[A-Za-z0-9]|%2[BbFf]|[+/]){43}(?:%3[Dd]|=))/,
    post: [({ line }) => (/[?&;\s"']sv=\d{4}-\d\d-\d\d|[?&]skn=/.test(line) ? undefined : 'no SAS version/key-name parameter')],
    guide: {
      grants:
        'Access to the storage (or Service Bus) resources named in the token with its permissions (`sp=`), until its expiry (`se=`) — often years.',
      revoke:
        'Ad-hoc SAS: rotate the account key that signed it (Access keys → Rotate). SAS tied to a stored access policy: delete or change the policy. User-delegation SAS: revoke user delegation keys (`az storage account revoke-delegation-keys`).',
      url: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
      store,
    },
  }),
  defineDetector({
    id: 'azure.shared-access-key',
    title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    keywords: ['sharedaccesskey='],
    scope: 'document',
    pattern: () => new RegExp(`${ci('SharedAccessKey')}=(?<secret>${KEY44}|${KEY88})(?![A-Za-z0-9+/=])`),
    companions: [
      { name: 'endpoint', pattern: /(?:Endpoint=sb:\/\/|HostName=)(?<value>[A-Za-z0-9.-]{4,200})/i, withinLines: 0 },
      { name: 'key_name', pattern: /SharedAccessKeyName=(?<value>[^;"'\s]{1,100})/i, withinLines: 0 },
    ],
    guide: {
      grants:
        "Sends, listens or manages (per the policy's claims) on the Service Bus / Event Hubs namespace or IoT Hub; `RootManageSharedAccessKey` and `iothubowner` grant everything.",
      revoke:
        "Portal → the namespace/hub → Shared access policies → the policy → Regenerate primary (or secondary) key; for IoT device keys, regenerate the device's keys.",
      url: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas',
      store,
    },
  }),
  defineDetector({
    id: 'azure.cosmosdb-key',
    title: 'Azure Cosmos DB account key',
    keywords: ['documents.azure.com', 'cosmos'],
    scope: 'document',
    pattern: () =>
      new RegExp(
        `(?:${ci('AccountEndpoint')}=https://(?<endpoint>[a-z0-9-]{3,44}\\.documents\\.azure\\.com)(?::443)?/?;\\s*${ci('AccountKey')}=` +
          `|(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('cosmos')}[A-Za-z0-9_.-]{0,30}${ci('key')}[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*["']?)(?<secret>${KEY88})(?![A-Za-z0-9+/=])`,
      ),
    post: [isEmulatorKey],
    guide: {
      grants:
        'Primary keys give full read/write/delete on every database and container of the Cosmos DB account (read-only keys: read everything).',
      revoke:
        'Portal → the Cosmos DB account → Settings → Keys → Regenerate the leaked primary/secondary key (switch consumers to the other key first); consider disabling key auth for Entra RBAC.',
      url: 'https://learn.microsoft.com/azure/cosmos-db/database-security#key-rotation',
      store,
    },
  }),
  defineDetector({
    id: 'azure.app-configuration-connection-string',
    title: 'Azure App Configuration connection string',
    keywords: ['azconfig.io'],
    scope: 'document',
    pattern:
      /Endpoint=https:\/\/(?<endpoint>[A-Za-z0-9-]{1,60}\.azconfig\.io);\s*Id=(?<_id>[A-Za-z0-9+/:=-]{4,60});\s*Secret=(?<secret>[A-Za-z0-9+/]{30,60}={0,2})(?![A-Za-z0-9+/=])/,
    post: [lacksMixedClasses],
    guide: {
      grants:
        'Reads (or, for read-write keys, changes) every key-value and feature flag of the App Configuration store — often including other connection strings.',
      revoke: 'Portal → the App Configuration store → Settings → Access settings (Access keys) → Regenerate the leaked key.',
      url: 'https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-access-key-authentication',
      store,
    },
  }),
  defineDetector({
    id: 'azure.devops-pat',
    title: 'Azure DevOps personal access token',
    keywords: ['AZDO'],
    scope: 'document',
    // 84 base62 characters carrying the `AZDO` signature (2024+ identifiable format).
    pattern: /(?<![A-Za-z0-9])(?<secret>(?=[A-Za-z0-9]{0,80}AZDO)[A-Za-z0-9]{84})(?![A-Za-z0-9])/,
    post: [lacksMixedClasses],
    guide: {
      grants:
        "Acts as the user in the Azure DevOps organisation(s) with the token's scopes: clone and push code, run pipelines, read variable groups and service connections.",
      revoke:
        "dev.azure.com → User settings → Personal access tokens → the token → Revoke; organisation admins can revoke any user's PAT (Organization settings → Microsoft Entra → revoke) and enable the leaked-PAT auto-revocation policy.",
      url: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
      store:
        'Use `System.AccessToken` or workload identity federation in pipelines, Git Credential Manager locally; keep any PAT in a secret variable.',
    },
  }),
  defineDetector({
    id: 'azure.devops-pat-legacy',
    title: 'Azure DevOps personal access token (legacy 52-char)',
    keywords: [
      'azure_devops',
      'azure-devops',
      'azuredevops',
      'devops_',
      'devops-',
      'ado_',
      'ado-',
      'azdo',
      'vsts',
      'accesstoken',
      'dev.azure.com',
      'visualstudio.com',
    ],
    // 52 lower-case base32 chars, only after a DevOps-ish name or as the password of a dev.azure.com URL.
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('azure')}[._-]?${ci('devops')}[A-Za-z0-9_.-]{0,20}|${ci('devops')}[._-]?|${ci('ado')}[._-]|${ci('azdo')}[._-]?|${ci('vsts')}[._-]?|${ci('system')}\\.)(?:${ci('pat')}|${ci('token')}|${ci('accesstoken')}|${ci('password')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
          `|(?<_url>https?://[^\\s:@/]{0,64}:))["']?(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])`,
      ),
    post: [
      (c) =>
        c.groups._url !== undefined &&
        !/^@(?:dev\.azure\.com|[A-Za-z0-9-]+\.visualstudio\.com)/.test(c.text.slice(c.range[1], c.range[1] + 60))
          ? 'URL is not Azure DevOps'
          : undefined,
      ({ value }) => (/[2-7]/.test(value) ? undefined : 'no base32 digit'),
    ],
    minEntropy: 3.8,
    guide: {
      grants: "Acts as the user in Azure DevOps with the token's scopes: code, pipelines, artifacts, variable groups.",
      revoke:
        'dev.azure.com → User settings → Personal access tokens → Revoke (administrators: Organization settings → Microsoft Entra → revoke tokens).',
      url: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
      store: 'Use `System.AccessToken` or workload identity federation in pipelines; keep any PAT in a secret variable.',
    },
  }),
  defineDetector({
    id: 'azure.function-key',
    title: 'Azure Functions key',
    keywords: ['x-functions-key', 'azurewebsites.net'],
    pattern: () =>
      new RegExp(
        `(?:${ci('x-functions-key')}["']?\\s*[:=,]\\s*|\\.azurewebsites\\.net/api/[^\\s?"'#]{0,200}\\?(?:[^\\s"'#]{0,200}&)?code=)["']?(?<secret>(?:[A-Za-z0-9_-]|%2[BbFf]|[+/]){40,100}(?:==|%3[Dd]%3[Dd]|=|%3[Dd])?)(?![A-Za-z0-9_%+/=-])`,
      ),
    post: [lacksMixedClasses],
    minEntropy: 3.8,
    guide: {
      grants:
        'Invokes the function (function key) or every function of the app (host key); the `_master` key also manages keys and admin APIs.',
      revoke: 'Portal → the Function App → Functions → App keys (or the function → Function Keys) → Renew the key value (or delete it).',
      url: 'https://learn.microsoft.com/azure/azure-functions/function-keys-how-to',
      store,
    },
  }),
  defineDetector({
    id: 'azure.apim-subscription-key',
    title: 'Azure API Management / AI services subscription key',
    keywords: ['ocp-apim-subscription-key', 'subscription-key='],
    pattern: () =>
      new RegExp(
        `(?:${ci('Ocp-Apim-Subscription-Key')}["']?\\s*[:=,]\\s*|\\.azure-api\\.net/[^\\s"'#]{0,200}[?&]${ci('subscription-key')}=)["']?(?<secret>[0-9a-fA-F]{32}|[A-Za-z0-9]{84})(?![A-Za-z0-9])`,
      ),
    minEntropy: 3.0,
    guide: {
      grants:
        'Calls the APIs of the API Management product (or the Azure AI services resource) the subscription covers, at its quota and cost.',
      revoke:
        'API Management → Subscriptions → the subscription → Regenerate primary/secondary key; AI services: the resource → Keys and Endpoint → Regenerate.',
      url: 'https://learn.microsoft.com/azure/api-management/api-management-subscriptions',
      store,
    },
  }),
  defineDetector({
    id: 'azure.openai-key',
    title: 'Azure OpenAI / AI services key',
    keywords: ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azureopenai', 'azure-openai', 'aoai'],
    scope: 'document',
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('azure')}[._-]?${ci('openai')}[A-Za-z0-9_.-]{0,20}${ci('key')}|${ci('aoai')}[A-Za-z0-9_.-]{0,20}${ci('key')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
          `|(?<_generic>${ci('api')}[._-]?${ci('key')}["']?\\s*(?::=|=>|=|:)\\s*))["']?(?<secret>[0-9a-f]{32}|[A-Za-z0-9]{84})(?![A-Za-z0-9])`,
      ),
    post: [
      (c) =>
        c.groups._generic !== undefined
          ? requireNearby(/\.openai\.azure\.com|\.cognitiveservices\.azure\.com/, { lines: 8 }, 'no Azure OpenAI endpoint nearby')(c)
          : undefined,
    ],
    minEntropy: 3.0,
    guide: {
      grants:
        "Calls the Azure OpenAI / AI services resource (model deployments) at the owner's expense, and reads anything its deployments expose.",
      revoke:
        'Portal → the Azure OpenAI (AI services) resource → Resource Management → Keys and Endpoint → Regenerate Key 1/Key 2 (switch consumers to the other key first).',
      url: 'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      store,
    },
  }),
  defineDetector({
    id: 'azure.search-admin-key',
    title: 'Azure AI Search admin/query key',
    keywords: ['search.windows.net', 'azure_search', 'azuresearch', 'azure-search', 'azure_ai_search', 'azure.search'],
    scope: 'document',
    pattern: () =>
      new RegExp(
        `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('azure')}[A-Za-z0-9_.-]{0,20}${ci('search')}[A-Za-z0-9_.-]{0,20}${ci('key')}[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
          `|(?<_generic>${ci('api')}[._-]?${ci('key')}["']?\\s*(?::=|=>|=|:|,)\\s*))["']?(?<secret>[A-Za-z0-9]{52}|[0-9A-F]{32})(?![A-Za-z0-9])`,
      ),
    post: [
      (c) =>
        c.groups._generic !== undefined
          ? requireNearby(/\.search\.windows\.net/, { lines: 8 }, 'no Azure Search endpoint nearby')(c)
          : undefined,
    ],
    minEntropy: 3.0,
    guide: {
      grants:
        'Admin keys: full control of the search service (create, change and delete indexes and documents). Query keys: read every document of every index.',
      revoke: 'Portal → the Search service → Settings → Keys → Regenerate the primary/secondary admin key, or delete the query key.',
      url: 'https://learn.microsoft.com/azure/search/search-security-api-keys',
      store,
    },
  }),
  defineDetector({
    id: 'azure.batch-key',
    title: 'Azure Batch account key',
    keywords: ['batch'],
    pattern: () => anchored(assignment([`${ci('batch')}[._-]?(?:${ci('account')}[._-]?)?${ci('key')}`], KEY88)),
    guide: {
      grants: 'Full control of the Batch account: create pools and jobs (run code on its VMs), read task output.',
      revoke: 'Portal → the Batch account → Settings → Keys → Regenerate the primary or secondary key.',
      url: 'https://learn.microsoft.com/azure/batch/security-best-practices',
      store,
    },
  }),
  defineDetector({
    id: 'azure.container-registry-password',
    title: 'Azure Container Registry password / token',
    keywords: ['+ACR'],
    scope: 'document',
    // Newer ACR admin passwords and token passwords carry the `+ACR` signature near the end. `=` may
    // precede the value (`ACR_PASSWORD=…`, `?password=…`): it is padding only at the end of Base64.
    pattern: /(?<![A-Za-z0-9+/])(?<secret>[A-Za-z0-9+/]{38,46}\+ACR[A-Za-z0-9+/=]{4,8})(?![A-Za-z0-9+/=])/,
    post: [lacksMixedClasses],
    guide: {
      grants: 'Pushes and pulls (admin user: also deletes) images in the container registry — a supply-chain foothold.',
      revoke:
        'Portal → the container registry → Settings → Access keys → Regenerate password/password2 (or disable the admin user); for repository-scoped tokens, regenerate or delete the token.',
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
      store,
    },
  }),
  defineDetector({
    id: 'azure.access-key-connection-string',
    title: 'Azure SignalR / Web PubSub / Communication Services connection string',
    keywords: ['accesskey='],
    scope: 'document',
    pattern: () =>
      new RegExp(
        `${ci('Endpoint')}=https://(?<endpoint>[A-Za-z0-9-]{1,63}\\.(?:service\\.signalr\\.net|webpubsub\\.azure\\.com|communication\\.azure\\.com))/?;\\s*${ci('AccessKey')}=(?<secret>${KEY44}|${KEY88})(?![A-Za-z0-9+/=])`,
      ),
    guide: {
      grants:
        "Full access to the SignalR / Web PubSub / Communication Services resource: mint client tokens, send messages, SMS or calls at the owner's expense.",
      revoke: 'Portal → the resource → Settings → Keys → Regenerate the primary or secondary key.',
      url: 'https://learn.microsoft.com/azure/azure-signalr/signalr-howto-key-rotation',
      store,
    },
  }),
];
