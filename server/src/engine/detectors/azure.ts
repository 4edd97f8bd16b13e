/**
 * Microsoft Azure credentials. Shapes: CREDENTIAL-FORMATS.md §1 (storage keys: "Manage storage
 * account access keys" — two 512-bit keys, 88 Base64 chars; Entra secrets: the `Q~` marker at
 * index 4–5 of 40-char secrets; DevOps: 84-char PATs carrying `AZDO`, legacy 52-char base32).
 * The emulator (Azurite, Cosmos) well-known keys are documented values and never reported.
 */
import { fake } from '../fake.js';
import { B62, B64, B64URL, HEX, alphabet, assignment, ci } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { anchored, fakeMixed, fakeUuid, lacksMixedClasses, rejectValues, requireNearby, words } from './cloud.js';

/** 64 random bytes: 86 Base64 characters and `==`. */
const KEY88 = '[A-Za-z0-9+/]{86}==';
/** 32 random bytes: 43 Base64 characters and `=`. */
const KEY44 = '[A-Za-z0-9+/]{43}=';
/** Legacy DevOps PATs: lower-case RFC 4648 base32. */
const BASE32_LOWER = alphabet('a-z2-7');

const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';
const isEmulatorKey = rejectValues([AZURITE_KEY, COSMOS_EMULATOR_KEY], 'emulator well-known key');

const key88 = (salt: string) => `${fakeMixed(B64, 86, salt)}==`;
const key44 = (salt: string) => `${fakeMixed(B64, 43, salt)}=`;

/** Entra secret layout: 3 chars, a digit, `Q~`, 34 chars. */
const ENTRA_NEW = /^[A-Za-z0-9_~.]{3}[0-9]Q~/;

const ACCOUNT_NAME_EMULATOR: PostValidator = ({ groups }) => (groups.account === 'devstoreaccount1' ? 'storage emulator account' : undefined);

const store = 'Use managed identities or workload identity federation instead of keys; otherwise keep the value in Azure Key Vault (Key Vault references in App Service/Functions) or the pipeline\'s secret variables.';

function entraSecret(salt: string): string {
  return `${fakeMixed(B62, 3, `${salt}a`)}8Q~${fakeMixed(B64URL, 34, `${salt}b`).replace(/-/g, '.')}`;
}

/** Base64 with `+` `/` `=` URL-encoded, as SAS signatures appear in URLs. */
function urlEncodedB64(value: string): string {
  return encodeURIComponent(value);
}

export const detectors: Detector[] = [
  {
    id: 'azure.entra-client-secret',
    title: 'Microsoft Entra ID (Azure AD) client secret',
    kind: 'specific',
    keywords: ['Q~'],
    pattern: /(?<![A-Za-z0-9_~.-])(?<secret>[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{34})(?![A-Za-z0-9_~.-])/,
    post: [lacksMixedClasses],
    examples: {
      positive: [
        `AZURE_CLIENT_SECRET=«${entraSecret('e1')}»`,
        `{\n  "AzureAd:ClientSecret": "«${entraSecret('e2')}»"\n}`,
        `az login --service-principal -u ${fakeUuid('app')} -p «${entraSecret('e3')}» --tenant ${fakeUuid('tenant')}`,
      ],
      negative: ['AZURE_CLIENT_SECRET=abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'the Q~ marker identifies Entra secrets'],
    },
    guide: {
      grants: 'Authenticates as the app registration (service principal): every Microsoft Graph and Azure RBAC permission granted to it, often subscription-wide.',
      revoke: 'Entra admin center → App registrations → the app → Certificates & secrets → Client secrets → delete the secret (add a new one first and deploy it); review the sign-in logs of the service principal.',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      store,
    },
  },
  {
    id: 'azure.entra-client-secret-legacy',
    title: 'Microsoft Entra ID client secret (legacy, un-marked)',
    kind: 'specific',
    keywords: ['azure', 'arm_client', 'arm-client', 'armclient', 'aad', 'entra', 'msal'],
    keywordScope: 'line',
    pattern: anchored(assignment(
      [`(?:${ci('azure')}|${ci('arm')}|${ci('aad')}|${ci('entra')}|${ci('msal')})[A-Za-z0-9_.:-]{0,20}${ci('client')}[._-]?${ci('secret')}`],
      '[A-Za-z0-9_~.+/=-]{32,44}',
      { valueEnd: '(?![A-Za-z0-9_~.+/=-])' },
    )),
    post: [
      ({ value }) => (ENTRA_NEW.test(value) ? 'new-format secret (azure.entra-client-secret)' : undefined),
      ({ value }) => (/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value) ? 'uuid' : undefined),
      lacksMixedClasses,
    ],
    minEntropy: 3.8,
    examples: {
      positive: [`ARM_CLIENT_SECRET=«${fakeMixed(B64, 32, 'aad-old')}»`, `azure_client_secret: '«${fakeMixed(B62, 34, 'aad-old2')}»'`],
      negative: [`AZURE_CLIENT_ID=${fakeUuid('cid')}`, `AZURE_CLIENT_SECRET=${entraSecret('e4')}`, 'AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}'],
    },
    guide: {
      grants: 'Authenticates as the app registration (service principal), with its Graph and Azure RBAC permissions.',
      revoke: 'Entra admin center → App registrations → the app → Certificates & secrets → delete the secret; new secrets use the `Q~` format.',
      url: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade',
      store,
    },
  },
  {
    id: 'azure.storage-account-key',
    title: 'Azure Storage account key',
    kind: 'specific',
    keywords: ['accountkey', 'account_key', 'account.key', 'account-key', 'storagekey', 'storage_key', 'storage-key', 'storage_access', 'storageaccess', 'storage-access', 'storage_account', 'storageaccount'],
    // Document scope: Hadoop core-site.xml puts `<name>fs.azure.account.key.…</name>` and `<value>` on separate lines.
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${words('account', 'key')}|${ci('storage')}[._-]?(?:${ci('account')}[._-]?)?(?:${ci('access')}[._-]?)?${ci('key')}|${words('primary', 'access', 'key')}|${words('secondary', 'access', 'key')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
        `|(?<_hadoop>fs\\.azure\\.account\\.key\\.(?<account>[a-z0-9]{3,24})\\.(?:blob|dfs)\\.core\\.windows\\.net(?:\\s*[=:]\\s*|\\s+|</name>\\s{0,200}<value>)))["']?(?<secret>${KEY88})(?![A-Za-z0-9+/=])`,
    ),
    post: [isEmulatorKey, ({ groups }) => (/cosmos|batch/i.test(groups.name ?? '') ? 'another Azure service' : undefined)],
    examples: {
      positive: [
        `AZURE_STORAGE_KEY=«${key88('st1')}»`,
        `spark.hadoop.fs.azure.account.key.ferrolake.dfs.core.windows.net «${key88('st2')}»`,
        `<property>\n  <name>fs.azure.account.key.ferrolake.blob.core.windows.net</name>\n  <value>«${key88('st3')}»</value>\n</property>`,
        `"storageAccountKey": "«${key88('st4')}»"`,
      ],
      negative: [`AZURE_STORAGE_KEY=${AZURITE_KEY}`, `AZURE_STORAGE_KEY=${fakeMixed(B64, 40, 'short')}`, `AZURE_STORAGE_ACCOUNT=ferrolake`],
    },
    guide: {
      grants: 'Full control of the storage account\'s data: read, write and delete every blob, file share, queue and table, and sign SAS tokens.',
      revoke: 'Portal → the storage account → Security + networking → Access keys → Rotate the leaked key (key1 or key2; switch consumers to the other key first). SAS tokens signed with it die with it. Consider disabling shared-key access.',
      url: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
      store,
    },
  },
  {
    id: 'azure.storage-connection-string',
    title: 'Azure Storage connection string',
    kind: 'specific',
    keywords: ['accountname'],
    pattern: new RegExp(`${ci('AccountName')}=(?<account>[a-z0-9]{3,24});\\s*${ci('AccountKey')}=(?<secret>${KEY88})(?![A-Za-z0-9+/=])`),
    post: [isEmulatorKey, ACCOUNT_NAME_EMULATOR],
    examples: {
      positive: [
        `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=ferrolake;AccountKey=«${key88('cs1')}»;EndpointSuffix=core.windows.net"`,
        `{"Values": {"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=fnstate01;AccountKey=«${key88('cs2')}»"}}`,
      ],
      negative: [
        `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`,
        'AzureWebJobsStorage=UseDevelopmentStorage=true',
        'DefaultEndpointsProtocol=https;AccountName=ferrolake;AccountKey=<account-key>;EndpointSuffix=core.windows.net',
      ],
    },
    guide: {
      grants: 'Full control of the storage account\'s data (blobs, files, queues, tables) through the embedded account key.',
      revoke: 'Portal → the storage account → Access keys → Rotate the key in the string (switch consumers to the other key first).',
      url: 'https://portal.azure.com/#browse/Microsoft.Storage%2FStorageAccounts',
      store,
    },
  },
  {
    id: 'azure.sas-token',
    title: 'Azure shared access signature (SAS)',
    kind: 'specific',
    keywords: ['sig='],
    keywordScope: 'line',
    // sig = Base64 HMAC-SHA256 (43 chars + `=`), usually URL-encoded; only with `sv=<date>` or `skn=` on the line.
    pattern: /[?&;\s"']sig=(?<secret>(?:[A-Za-z0-9]|%2[BbFf]|[+/]){43}(?:%3[Dd]|=))/,
    post: [({ line }) => (/[?&;\s"']sv=\d{4}-\d\d-\d\d|[?&]skn=/.test(line) ? undefined : 'no SAS version/key-name parameter')],
    examples: {
      positive: [
        `https://ferrolake.blob.core.windows.net/exports/report.csv?sp=r&st=2024-01-01T00:00:00Z&se=2030-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=«${urlEncodedB64(key44('sas1'))}»`,
        `AZURE_SAS="sv=2021-06-08&ss=b&srt=sco&sp=rwdlac&se=2030-01-01T00:00:00Z&sig=«${urlEncodedB64(key44('sas2'))}»"`,
      ],
      negative: ['https://ferrolake.blob.core.windows.net/c?sv=2022-11-02&sr=b&sig=<signature>', `https://example.com/callback?sig=${fakeMixed(B64, 43, 'other')}=`],
    },
    guide: {
      grants: 'Access to the storage (or Service Bus) resources named in the token with its permissions (`sp=`), until its expiry (`se=`) — often years.',
      revoke: 'Ad-hoc SAS: rotate the account key that signed it (Access keys → Rotate). SAS tied to a stored access policy: delete or change the policy. User-delegation SAS: revoke user delegation keys (`az storage account revoke-delegation-keys`).',
      url: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
      store,
    },
  },
  {
    id: 'azure.shared-access-key',
    title: 'Azure Service Bus / Event Hubs / IoT Hub shared access key',
    kind: 'specific',
    keywords: ['sharedaccesskey='],
    pattern: new RegExp(`${ci('SharedAccessKey')}=(?<secret>${KEY44}|${KEY88})(?![A-Za-z0-9+/=])`),
    companions: [
      { name: 'endpoint', pattern: /(?:Endpoint=sb:\/\/|HostName=)(?<value>[A-Za-z0-9.-]{4,200})/i, withinLines: 0 },
      { name: 'key_name', pattern: /SharedAccessKeyName=(?<value>[^;"'\s]{1,100})/i, withinLines: 0 },
    ],
    examples: {
      positive: [
        `SERVICEBUS_CONNECTION="Endpoint=sb://ferro-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«${key44('sb1')}»"`,
        `IOTHUB_DEVICE_CONNECTION_STRING=HostName=ferro-iot.azure-devices.net;DeviceId=lock-0042;SharedAccessKey=«${key44('sb2')}»`,
      ],
      negative: ['Endpoint=sb://ferro-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>', 'SharedAccessKey=${SB_KEY}'],
    },
    guide: {
      grants: 'Sends, listens or manages (per the policy\'s claims) on the Service Bus / Event Hubs namespace or IoT Hub; `RootManageSharedAccessKey` and `iothubowner` grant everything.',
      revoke: 'Portal → the namespace/hub → Shared access policies → the policy → Regenerate primary (or secondary) key; for IoT device keys, regenerate the device\'s keys.',
      url: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas',
      store,
    },
  },
  {
    id: 'azure.cosmosdb-key',
    title: 'Azure Cosmos DB account key',
    kind: 'specific',
    keywords: ['documents.azure.com', 'cosmos'],
    pattern: new RegExp(
      `(?:${ci('AccountEndpoint')}=https://(?<endpoint>[a-z0-9-]{3,44}\\.documents\\.azure\\.com)(?::443)?/?;\\s*${ci('AccountKey')}=` +
        `|(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('cosmos')}[A-Za-z0-9_.-]{0,30}${ci('key')}[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*["']?)(?<secret>${KEY88})(?![A-Za-z0-9+/=])`,
    ),
    post: [isEmulatorKey],
    examples: {
      positive: [
        `COSMOS_CONNECTION_STRING="AccountEndpoint=https://ferro-orders.documents.azure.com:443/;AccountKey=«${key88('cos1')}»;"`,
        `COSMOS_DB_KEY=«${key88('cos2')}»`,
      ],
      negative: [`AccountEndpoint=https://localhost:8081/;AccountKey=${COSMOS_EMULATOR_KEY}`, `COSMOS_KEY=${COSMOS_EMULATOR_KEY}`],
    },
    guide: {
      grants: 'Primary keys give full read/write/delete on every database and container of the Cosmos DB account (read-only keys: read everything).',
      revoke: 'Portal → the Cosmos DB account → Settings → Keys → Regenerate the leaked primary/secondary key (switch consumers to the other key first); consider disabling key auth for Entra RBAC.',
      url: 'https://learn.microsoft.com/azure/cosmos-db/database-security#key-rotation',
      store,
    },
  },
  {
    id: 'azure.app-configuration-connection-string',
    title: 'Azure App Configuration connection string',
    kind: 'specific',
    keywords: ['azconfig.io'],
    pattern: /Endpoint=https:\/\/(?<endpoint>[A-Za-z0-9-]{1,60}\.azconfig\.io);\s*Id=(?<_id>[A-Za-z0-9+/:=-]{4,60});\s*Secret=(?<secret>[A-Za-z0-9+/]{30,60}={0,2})(?![A-Za-z0-9+/=])/,
    post: [lacksMixedClasses],
    examples: {
      positive: [`APPCONFIG_CONNECTION_STRING="Endpoint=https://ferro-config.azconfig.io;Id=${fakeMixed(B62, 4, 'id1')}-l1-s0:${fakeMixed(B64, 20, 'id2')};Secret=«${key44('appcfg')}»"`],
      negative: ['Endpoint=https://ferro-config.azconfig.io;Id=xxx;Secret=xxx'],
    },
    guide: {
      grants: 'Reads (or, for read-write keys, changes) every key-value and feature flag of the App Configuration store — often including other connection strings.',
      revoke: 'Portal → the App Configuration store → Settings → Access settings (Access keys) → Regenerate the leaked key.',
      url: 'https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-access-key-authentication',
      store,
    },
  },
  {
    id: 'azure.devops-pat',
    title: 'Azure DevOps personal access token',
    kind: 'specific',
    keywords: ['AZDO'],
    // 84 base62 characters carrying the `AZDO` signature (2024+ identifiable format).
    pattern: /(?<![A-Za-z0-9])(?<secret>(?=[A-Za-z0-9]{0,80}AZDO)[A-Za-z0-9]{84})(?![A-Za-z0-9])/,
    post: [lacksMixedClasses],
    examples: {
      positive: [
        `AZURE_DEVOPS_EXT_PAT=«${fakeMixed(B62, 52, 'ado1')}JQQJ99${fakeMixed(B62, 18, 'ado2')}AZDO${fakeMixed(B62, 4, 'ado3')}»`,
        `git clone https://build:«${fakeMixed(B62, 52, 'ado4')}JQQJ99${fakeMixed(B62, 18, 'ado5')}AZDO${fakeMixed(B62, 4, 'ado6')}»@dev.azure.com/ferro/pricing/_git/engine`,
        // Identifiable-key layout: zero bytes after the signature show as a run of `A`.
        `  ARTIFACTS_FEED_PAT: «${fakeMixed(B62, 52, 'ado7')}JQQJ99${fakeMixed(B62, 2, 'ado8')}AC${'A'.repeat(13)}HAZDO${fakeMixed(B62, 4, 'ado9')}»`,
      ],
      negative: ['AZDO_ORG_SERVICE_URL=https://dev.azure.com/ferro', `${'x'.repeat(76)}AZDOxxxx`],
    },
    guide: {
      grants: 'Acts as the user in the Azure DevOps organisation(s) with the token\'s scopes: clone and push code, run pipelines, read variable groups and service connections.',
      revoke: 'dev.azure.com → User settings → Personal access tokens → the token → Revoke; organisation admins can revoke any user\'s PAT (Organization settings → Microsoft Entra → revoke) and enable the leaked-PAT auto-revocation policy.',
      url: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
      store: 'Use `System.AccessToken` or workload identity federation in pipelines, Git Credential Manager locally; keep any PAT in a secret variable.',
    },
  },
  {
    id: 'azure.devops-pat-legacy',
    title: 'Azure DevOps personal access token (legacy 52-char)',
    kind: 'specific',
    keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'devops_', 'devops-', 'ado_', 'ado-', 'azdo', 'vsts', 'accesstoken', 'dev.azure.com', 'visualstudio.com'],
    keywordScope: 'line',
    // 52 lower-case base32 chars, only after a DevOps-ish name or as the password of a dev.azure.com URL.
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('azure')}[._-]?${ci('devops')}[A-Za-z0-9_.-]{0,20}|${ci('devops')}[._-]?|${ci('ado')}[._-]|${ci('azdo')}[._-]?|${ci('vsts')}[._-]?|${ci('system')}\\.)(?:${ci('pat')}|${ci('token')}|${ci('accesstoken')}|${ci('password')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
        `|(?<_url>https?://[^\\s:@/]{0,64}:))["']?(?<secret>[a-z2-7]{52})(?![A-Za-z0-9])`,
    ),
    post: [
      (c) => (c.groups._url !== undefined && !/^@(?:dev\.azure\.com|[A-Za-z0-9-]+\.visualstudio\.com)/.test(c.text.slice(c.range[1], c.range[1] + 60)) ? 'URL is not Azure DevOps' : undefined),
      ({ value }) => (/[2-7]/.test(value) ? undefined : 'no base32 digit'),
    ],
    minEntropy: 3.8,
    examples: {
      positive: [
        `AZURE_DEVOPS_EXT_PAT=«${fake(BASE32_LOWER, 52, 'ado-old')}»`,
        `git remote add origin https://ferro:«${fake(BASE32_LOWER, 52, 'ado-old2')}»@dev.azure.com/ferro/pricing/_git/engine`,
        `      ADO_PAT: «${fake(BASE32_LOWER, 52, 'ado-old3')}»`,
      ],
      negative: [`https://ferro:${fake(BASE32_LOWER, 52, 'gh')}@github.com/ferro/engine.git`, 'AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)', `random_id = "${fake(BASE32_LOWER, 52, 'rnd')}"`],
    },
    guide: {
      grants: 'Acts as the user in Azure DevOps with the token\'s scopes: code, pipelines, artifacts, variable groups.',
      revoke: 'dev.azure.com → User settings → Personal access tokens → Revoke (administrators: Organization settings → Microsoft Entra → revoke tokens).',
      url: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
      store: 'Use `System.AccessToken` or workload identity federation in pipelines; keep any PAT in a secret variable.',
    },
  },
  {
    id: 'azure.function-key',
    title: 'Azure Functions key',
    kind: 'specific',
    keywords: ['x-functions-key', 'azurewebsites.net'],
    keywordScope: 'line',
    pattern: new RegExp(
      `(?:${ci('x-functions-key')}["']?\\s*[:=,]\\s*|\\.azurewebsites\\.net/api/[^\\s?"'#]{0,200}\\?(?:[^\\s"'#]{0,200}&)?code=)["']?(?<secret>(?:[A-Za-z0-9_-]|%2[BbFf]|[+/]){40,100}(?:==|%3[Dd]%3[Dd]|=|%3[Dd])?)(?![A-Za-z0-9_%+/=-])`,
    ),
    post: [lacksMixedClasses],
    minEntropy: 3.8,
    examples: {
      positive: [
        `POST https://ferro-pricing.azurewebsites.net/api/quote?code=«${fakeMixed(B64URL, 54, 'fn1')}==»`,
        `headers = {"x-functions-key": "«${fakeMixed(B64URL, 54, 'fn2')}==»"}`,
      ],
      negative: ['https://ferro-pricing.azurewebsites.net/api/quote?code=<function-key>', 'x-functions-key: ${FUNCTION_KEY}'],
    },
    guide: {
      grants: 'Invokes the function (function key) or every function of the app (host key); the `_master` key also manages keys and admin APIs.',
      revoke: 'Portal → the Function App → Functions → App keys (or the function → Function Keys) → Renew the key value (or delete it).',
      url: 'https://learn.microsoft.com/azure/azure-functions/function-keys-how-to',
      store,
    },
  },
  {
    id: 'azure.apim-subscription-key',
    title: 'Azure API Management / AI services subscription key',
    kind: 'specific',
    keywords: ['ocp-apim-subscription-key', 'subscription-key='],
    keywordScope: 'line',
    pattern: new RegExp(
      `(?:${ci('Ocp-Apim-Subscription-Key')}["']?\\s*[:=,]\\s*|\\.azure-api\\.net/[^\\s"'#]{0,200}[?&]${ci('subscription-key')}=)["']?(?<secret>[0-9a-fA-F]{32}|[A-Za-z0-9]{84})(?![A-Za-z0-9])`,
    ),
    minEntropy: 3.0,
    examples: {
      positive: [
        `curl -H "Ocp-Apim-Subscription-Key: «${fake(HEX, 32, 'apim')}»" https://ferro.azure-api.net/pricing/v1/quote`,
        `GET https://ferro.azure-api.net/pricing/v1/quote?subscription-key=«${fake(HEX, 32, 'apim2')}»`,
      ],
      negative: ['Ocp-Apim-Subscription-Key: {{apim_key}}', 'Ocp-Apim-Subscription-Key: 00000000000000000000000000000000'],
    },
    guide: {
      grants: 'Calls the APIs of the API Management product (or the Azure AI services resource) the subscription covers, at its quota and cost.',
      revoke: 'API Management → Subscriptions → the subscription → Regenerate primary/secondary key; AI services: the resource → Keys and Endpoint → Regenerate.',
      url: 'https://learn.microsoft.com/azure/api-management/api-management-subscriptions',
      store,
    },
  },
  {
    id: 'azure.openai-key',
    title: 'Azure OpenAI / AI services key',
    kind: 'specific',
    keywords: ['openai.azure.com', 'cognitiveservices.azure.com', 'azure_openai', 'azureopenai', 'azure-openai', 'aoai'],
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}(?:${ci('azure')}[._-]?${ci('openai')}[A-Za-z0-9_.-]{0,20}${ci('key')}|${ci('aoai')}[A-Za-z0-9_.-]{0,20}${ci('key')})[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
        `|(?<_generic>${ci('api')}[._-]?${ci('key')}["']?\\s*(?::=|=>|=|:)\\s*))["']?(?<secret>[0-9a-f]{32}|[A-Za-z0-9]{84})(?![A-Za-z0-9])`,
    ),
    post: [(c) => (c.groups._generic !== undefined ? requireNearby(/\.openai\.azure\.com|\.cognitiveservices\.azure\.com/, 600, 'Azure OpenAI endpoint')(c) : undefined)],
    minEntropy: 3.0,
    examples: {
      positive: [
        `AZURE_OPENAI_API_KEY=«${fake(HEX, 32, 'aoai')}»`,
        `client = AzureOpenAI(\n    azure_endpoint="https://ferro-support.openai.azure.com/",\n    api_key="«${fake(HEX, 32, 'aoai2')}»",\n    api_version="2024-06-01",\n)`,
      ],
      negative: ['AZURE_OPENAI_ENDPOINT=https://ferro-support.openai.azure.com/', `AZURE_OPENAI_DEPLOYMENT=gpt-4o\napi_key="${fake(HEX, 32, 'other')}"`],
    },
    guide: {
      grants: 'Calls the Azure OpenAI / AI services resource (model deployments) at the owner\'s expense, and reads anything its deployments expose.',
      revoke: 'Portal → the Azure OpenAI (AI services) resource → Resource Management → Keys and Endpoint → Regenerate Key 1/Key 2 (switch consumers to the other key first).',
      url: 'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      store,
    },
  },
  {
    id: 'azure.search-admin-key',
    title: 'Azure AI Search admin/query key',
    kind: 'specific',
    keywords: ['search.windows.net', 'azure_search', 'azuresearch', 'azure-search', 'azure_ai_search', 'azure.search'],
    pattern: new RegExp(
      `(?:(?<![A-Za-z0-9_.-])(?<name>[A-Za-z0-9_.-]{0,40}${ci('azure')}[A-Za-z0-9_.-]{0,20}${ci('search')}[A-Za-z0-9_.-]{0,20}${ci('key')}[A-Za-z0-9_.-]{0,20})["']?\\s*(?::=|=>|=|:)\\s*` +
        `|(?<_generic>${ci('api')}[._-]?${ci('key')}["']?\\s*(?::=|=>|=|:|,)\\s*))["']?(?<secret>[A-Za-z0-9]{52}|[0-9A-F]{32})(?![A-Za-z0-9])`,
    ),
    post: [(c) => (c.groups._generic !== undefined ? requireNearby(/\.search\.windows\.net/, 600, 'Azure Search endpoint')(c) : undefined)],
    minEntropy: 3.0,
    examples: {
      positive: [`AZURE_SEARCH_ADMIN_KEY=«${fakeMixed(B62, 52, 'srch')}»`, `curl -X POST "https://ferro.search.windows.net/indexes/docs/docs/search?api-version=2023-11-01" -H "api-key: «${fakeMixed(B62, 52, 'srch2')}»"`],
      negative: [`ALGOLIA_SEARCH_API_KEY=${fake(HEX, 32, 'algolia')}`, `AZURE_SEARCH_ENDPOINT=https://ferro.search.windows.net`],
    },
    guide: {
      grants: 'Admin keys: full control of the search service (create, change and delete indexes and documents). Query keys: read every document of every index.',
      revoke: 'Portal → the Search service → Settings → Keys → Regenerate the primary/secondary admin key, or delete the query key.',
      url: 'https://learn.microsoft.com/azure/search/search-security-api-keys',
      store,
    },
  },
  {
    id: 'azure.batch-key',
    title: 'Azure Batch account key',
    kind: 'specific',
    keywords: ['batch'],
    keywordScope: 'line',
    pattern: anchored(assignment([`${ci('batch')}[._-]?(?:${ci('account')}[._-]?)?${ci('key')}`], KEY88)),
    examples: {
      positive: [`AZURE_BATCH_ACCOUNT_KEY=«${key88('batch')}»`],
      negative: [`BATCH_SIZE=100`, 'AZURE_BATCH_KEY=${BATCH_KEY}'],
    },
    guide: {
      grants: 'Full control of the Batch account: create pools and jobs (run code on its VMs), read task output.',
      revoke: 'Portal → the Batch account → Settings → Keys → Regenerate the primary or secondary key.',
      url: 'https://learn.microsoft.com/azure/batch/security-best-practices',
      store,
    },
  },
  {
    id: 'azure.container-registry-password',
    title: 'Azure Container Registry password / token',
    kind: 'specific',
    keywords: ['+ACR'],
    // Newer ACR admin passwords and token passwords carry the `+ACR` signature near the end.
    pattern: /(?<![A-Za-z0-9+/=])(?<secret>[A-Za-z0-9+/]{38,46}\+ACR[A-Za-z0-9+/=]{4,8})(?![A-Za-z0-9+/=])/,
    post: [lacksMixedClasses],
    examples: {
      positive: [`docker login ferro.azurecr.io -u ferro -p «${fakeMixed(B64, 42, 'acr')}+ACR${fakeMixed(B62, 6, 'acr2')}»`],
      negative: ['ACR_PASSWORD=+ACR', `${'x'.repeat(42)}+ACRxxxxxx`],
    },
    guide: {
      grants: 'Pushes and pulls (admin user: also deletes) images in the container registry — a supply-chain foothold.',
      revoke: 'Portal → the container registry → Settings → Access keys → Regenerate password/password2 (or disable the admin user); for repository-scoped tokens, regenerate or delete the token.',
      url: 'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
      store,
    },
  },
  {
    id: 'azure.access-key-connection-string',
    title: 'Azure SignalR / Web PubSub / Communication Services connection string',
    kind: 'specific',
    keywords: ['accesskey='],
    pattern: new RegExp(
      `${ci('Endpoint')}=https://(?<endpoint>[A-Za-z0-9-]{1,63}\\.(?:service\\.signalr\\.net|webpubsub\\.azure\\.com|communication\\.azure\\.com))/?;\\s*${ci('AccessKey')}=(?<secret>${KEY44}|${KEY88})(?![A-Za-z0-9+/=])`,
    ),
    examples: {
      positive: [`Azure__SignalR__ConnectionString="Endpoint=https://ferro-live.service.signalr.net;AccessKey=«${key44('sigr')}»;Version=1.0;"`, `ACS_CONNECTION_STRING=endpoint=https://ferro-sms.communication.azure.com/;accesskey=«${key88('acs')}»`],
      negative: ['Endpoint=https://ferro-live.service.signalr.net;AccessKey=<key>;Version=1.0;'],
    },
    guide: {
      grants: 'Full access to the SignalR / Web PubSub / Communication Services resource: mint client tokens, send messages, SMS or calls at the owner\'s expense.',
      revoke: 'Portal → the resource → Settings → Keys → Regenerate the primary or secondary key.',
      url: 'https://learn.microsoft.com/azure/azure-signalr/signalr-howto-key-rotation',
      store,
    },
  },
];
