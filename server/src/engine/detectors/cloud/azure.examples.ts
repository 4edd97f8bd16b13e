/** Examples of the Azure detectors (test data: never imported by the runtime). */
import { alphabet, B62, B64, B64URL, fake, fakeMixed, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

/** Legacy DevOps PATs: lower-case RFC 4648 base32. */
const BASE32_LOWER = alphabet('a-z2-7');

const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

const key88 = (salt: string) => `${fakeMixed(B64, 86, salt)}==`;

const key44 = (salt: string) => `${fakeMixed(B64, 43, salt)}=`;

function entraSecret(salt: string): string {
  return `${fakeMixed(B62, 3, `${salt}a`)}8Q~${fakeMixed(B64URL, 34, `${salt}b`).replace(/-/g, '.')}`;
}

/** Base64 with `+` `/` `=` URL-encoded, as SAS signatures appear in URLs. */
function urlEncodedB64(value: string): string {
  return encodeURIComponent(value);
}

export const examples: ExampleTable = {
  'azure.entra-client-secret': {
    positive: [
      `AZURE_CLIENT_SECRET=«${entraSecret('e1')}»`,
      `{\n  "AzureAd:ClientSecret": "«${entraSecret('e2')}»"\n}`,
      `az login --service-principal -u ${fakeUuid('app')} -p «${entraSecret('e3')}» --tenant ${fakeUuid('tenant')}`,
    ],
    negative: ['AZURE_CLIENT_SECRET=abc8Q~xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'the Q~ marker identifies Entra secrets'],
  },
  'azure.entra-client-secret-legacy': {
    positive: [`ARM_CLIENT_SECRET=«${fakeMixed(B64, 32, 'aad-old')}»`, `azure_client_secret: '«${fakeMixed(B62, 34, 'aad-old2')}»'`],
    negative: [
      `AZURE_CLIENT_ID=${fakeUuid('cid')}`,
      `AZURE_CLIENT_SECRET=${entraSecret('e4')}`,
      'AZURE_CLIENT_SECRET=${{ secrets.AZURE_CLIENT_SECRET }}',
    ],
  },
  'azure.storage-account-key': {
    positive: [
      `AZURE_STORAGE_KEY=«${key88('st1')}»`,
      `spark.hadoop.fs.azure.account.key.ferrolake.dfs.core.windows.net «${key88('st2')}»`,
      `<property>\n  <name>fs.azure.account.key.ferrolake.blob.core.windows.net</name>\n  <value>«${key88('st3')}»</value>\n</property>`,
      `"storageAccountKey": "«${key88('st4')}»"`,
    ],
    negative: [`AZURE_STORAGE_KEY=${AZURITE_KEY}`, `AZURE_STORAGE_KEY=${fakeMixed(B64, 40, 'short')}`, `AZURE_STORAGE_ACCOUNT=ferrolake`],
  },
  'azure.storage-connection-string': {
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
  'azure.sas-token': {
    positive: [
      `https://ferrolake.blob.core.windows.net/exports/report.csv?sp=r&st=2024-01-01T00:00:00Z&se=2030-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=«${urlEncodedB64(key44('sas1'))}»`,
      `AZURE_SAS="sv=2021-06-08&ss=b&srt=sco&sp=rwdlac&se=2030-01-01T00:00:00Z&sig=«${urlEncodedB64(key44('sas2'))}»"`,
    ],
    negative: [
      'https://ferrolake.blob.core.windows.net/c?sv=2022-11-02&sr=b&sig=<signature>',
      `https://example.com/callback?sig=${fakeMixed(B64, 43, 'other')}=`,
    ],
  },
  'azure.shared-access-key': {
    positive: [
      `SERVICEBUS_CONNECTION="Endpoint=sb://ferro-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«${key44('sb1')}»"`,
      `IOTHUB_DEVICE_CONNECTION_STRING=HostName=ferro-iot.azure-devices.net;DeviceId=lock-0042;SharedAccessKey=«${key44('sb2')}»`,
    ],
    negative: [
      'Endpoint=sb://ferro-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
      'SharedAccessKey=${SB_KEY}',
    ],
  },
  'azure.cosmosdb-key': {
    positive: [
      `COSMOS_CONNECTION_STRING="AccountEndpoint=https://ferro-orders.documents.azure.com:443/;AccountKey=«${key88('cos1')}»;"`,
      `COSMOS_DB_KEY=«${key88('cos2')}»`,
    ],
    negative: [`AccountEndpoint=https://localhost:8081/;AccountKey=${COSMOS_EMULATOR_KEY}`, `COSMOS_KEY=${COSMOS_EMULATOR_KEY}`],
  },
  'azure.app-configuration-connection-string': {
    positive: [
      `APPCONFIG_CONNECTION_STRING="Endpoint=https://ferro-config.azconfig.io;Id=${fakeMixed(B62, 4, 'id1')}-l1-s0:${fakeMixed(B64, 20, 'id2')};Secret=«${key44('appcfg')}»"`,
    ],
    negative: ['Endpoint=https://ferro-config.azconfig.io;Id=xxx;Secret=xxx'],
  },
  'azure.devops-pat': {
    positive: [
      `AZURE_DEVOPS_EXT_PAT=«${fakeMixed(B62, 52, 'ado1')}JQQJ99${fakeMixed(B62, 18, 'ado2')}AZDO${fakeMixed(B62, 4, 'ado3')}»`,
      `git clone https://build:«${fakeMixed(B62, 52, 'ado4')}JQQJ99${fakeMixed(B62, 18, 'ado5')}AZDO${fakeMixed(B62, 4, 'ado6')}»@dev.azure.com/ferro/pricing/_git/engine`,
      // Identifiable-key layout: zero bytes after the signature show as a run of `A`.
      `  ARTIFACTS_FEED_PAT: «${fakeMixed(B62, 52, 'ado7')}JQQJ99${fakeMixed(B62, 2, 'ado8')}AC${'A'.repeat(13)}HAZDO${fakeMixed(B62, 4, 'ado9')}»`,
    ],
    negative: ['AZDO_ORG_SERVICE_URL=https://dev.azure.com/ferro', `${'x'.repeat(76)}AZDOxxxx`],
  },
  'azure.devops-pat-legacy': {
    positive: [
      `AZURE_DEVOPS_EXT_PAT=«${fake(BASE32_LOWER, 52, 'ado-old')}»`,
      `git remote add origin https://ferro:«${fake(BASE32_LOWER, 52, 'ado-old2')}»@dev.azure.com/ferro/pricing/_git/engine`,
      `      ADO_PAT: «${fake(BASE32_LOWER, 52, 'ado-old3')}»`,
    ],
    negative: [
      `https://ferro:${fake(BASE32_LOWER, 52, 'gh')}@github.com/ferro/engine.git`,
      'AZURE_DEVOPS_EXT_PAT: $(System.AccessToken)',
      `random_id = "${fake(BASE32_LOWER, 52, 'rnd')}"`,
    ],
  },
  'azure.function-key': {
    positive: [
      `POST https://ferro-pricing.azurewebsites.net/api/quote?code=«${fakeMixed(B64URL, 54, 'fn1')}==»`,
      `headers = {"x-functions-key": "«${fakeMixed(B64URL, 54, 'fn2')}==»"}`,
    ],
    negative: ['https://ferro-pricing.azurewebsites.net/api/quote?code=<function-key>', 'x-functions-key: ${FUNCTION_KEY}'],
  },
  'azure.apim-subscription-key': {
    positive: [
      `curl -H "Ocp-Apim-Subscription-Key: «${fake(HEX, 32, 'apim')}»" https://ferro.azure-api.net/pricing/v1/quote`,
      `GET https://ferro.azure-api.net/pricing/v1/quote?subscription-key=«${fake(HEX, 32, 'apim2')}»`,
    ],
    negative: ['Ocp-Apim-Subscription-Key: {{apim_key}}', 'Ocp-Apim-Subscription-Key: 00000000000000000000000000000000'],
  },
  'azure.openai-key': {
    positive: [
      `AZURE_OPENAI_API_KEY=«${fake(HEX, 32, 'aoai')}»`,
      `client = AzureOpenAI(\n    azure_endpoint="https://ferro-support.openai.azure.com/",\n    api_key="«${fake(HEX, 32, 'aoai2')}»",\n    api_version="2024-06-01",\n)`,
    ],
    negative: [
      'AZURE_OPENAI_ENDPOINT=https://ferro-support.openai.azure.com/',
      `AZURE_OPENAI_DEPLOYMENT=gpt-4o\napi_key="${fake(HEX, 32, 'other')}"`,
    ],
  },
  'azure.search-admin-key': {
    positive: [
      `AZURE_SEARCH_ADMIN_KEY=«${fakeMixed(B62, 52, 'srch')}»`,
      `curl -X POST "https://ferro.search.windows.net/indexes/docs/docs/search?api-version=2023-11-01" -H "api-key: «${fakeMixed(B62, 52, 'srch2')}»"`,
    ],
    negative: [`ALGOLIA_SEARCH_API_KEY=${fake(HEX, 32, 'algolia')}`, `AZURE_SEARCH_ENDPOINT=https://ferro.search.windows.net`],
  },
  'azure.batch-key': {
    positive: [`AZURE_BATCH_ACCOUNT_KEY=«${key88('batch')}»`],
    negative: [`BATCH_SIZE=100`, 'AZURE_BATCH_KEY=${BATCH_KEY}'],
  },
  'azure.container-registry-password': {
    positive: [`docker login ferro.azurecr.io -u ferro -p «${fakeMixed(B64, 42, 'acr')}+ACR${fakeMixed(B62, 6, 'acr2')}»`],
    negative: ['ACR_PASSWORD=+ACR', `${'x'.repeat(42)}+ACRxxxxxx`],
  },
  'azure.access-key-connection-string': {
    positive: [
      `Azure__SignalR__ConnectionString="Endpoint=https://ferro-live.service.signalr.net;AccessKey=«${key44('sigr')}»;Version=1.0;"`,
      `ACS_CONNECTION_STRING=endpoint=https://ferro-sms.communication.azure.com/;accesskey=«${key88('acs')}»`,
    ],
    negative: ['Endpoint=https://ferro-live.service.signalr.net;AccessKey=<key>;Version=1.0;'],
  },
};
