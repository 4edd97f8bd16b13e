/** Examples of the LaunchDarkly detectors (test data: never imported by the runtime). */
import { fake, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

export const examples: ExampleTable = {
  'launchdarkly.sdk-key': {
    positive: [`LAUNCHDARKLY_SDK_KEY=«sdk-${fakeUuid('ld1')}»`, `ldclient.set_config(Config("«sdk-${fakeUuid('ld2')}»"))`],
    negative: [`LAUNCHDARKLY_MOBILE_KEY=mob-${fakeUuid('ld3')}`, `LAUNCHDARKLY_CLIENT_SIDE_ID=${fake(HEX, 24, 'ld4')}`],
  },
  'launchdarkly.api-token': {
    positive: [`LAUNCHDARKLY_ACCESS_TOKEN=«api-${fakeUuid('lda1')}»`, `LD_API_TOKEN="«api-${fakeUuid('lda2')}»"`],
    negative: [`SERVICE_ID=api-${fakeUuid('svc')}`, 'LAUNCHDARKLY_ACCESS_TOKEN=api-<token>'],
  },
};
