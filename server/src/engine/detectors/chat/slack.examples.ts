/** Examples of the Slack detectors (test data: never imported by the runtime). */
import { B62, HEX, UPPER_DIGITS, fake, fakeNumber as num, type ExampleTable } from '../kit/examples.js';

const LOWER_HEX = HEX;

/** Slack IDs (team `T…`, bot `B…`, app `A…`): a letter then upper-case alphanumerics. */
function slackId(letter: string, salt: string): string {
  return `${letter}${fake(UPPER_DIGITS, 10, salt)}`;
}

export const examples: ExampleTable = {
  'slack.bot-token': {
    positive: [
      `SLACK_BOT_TOKEN=«xoxb-${num(12, 'bt1')}-${num(13, 'bt2')}-${fake(B62, 24, 'bt3')}»`,
      `const web = new WebClient('«xoxb-${num(11, 'bt4')}-${num(12, 'bt5')}-${fake(B62, 24, 'bt6')}»');`,
      `curl -H "Authorization: Bearer «xoxb-${num(10, 'bt7')}-${fake(B62, 24, 'bt8')}»" https://slack.com/api/chat.postMessage`,
    ],
    negative: [
      'token = "xoxb-not-a-real-token-this-will-not-work"',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
      `SLACK_BOT_TOKEN=xoxb-${num(12, 'bt9')}-${num(13, 'bt10')}-xxxxxxxxxxxxxxxxxxxxxxxx`,
      'Bot tokens start with xoxb- followed by the team id.',
    ],
  },
  'slack.user-token': {
    positive: [
      `SLACK_USER_TOKEN=«xoxp-${num(12, 'ut1')}-${num(12, 'ut2')}-${num(13, 'ut3')}-${fake(LOWER_HEX, 32, 'ut4')}»`,
      `{"slack": {"token": "«xoxp-${num(11, 'ut5')}-${num(11, 'ut6')}-${num(12, 'ut7')}-${fake(LOWER_HEX, 32, 'ut8')}»"}}`,
    ],
    // The first is Slack's own documentation sample.
    negative: ['token=xoxp-12345-67890-1928471-abcdefg', 'SLACK_USER_TOKEN=xoxp-<your-token>'],
  },
  'slack.app-token': {
    positive: [
      `SLACK_APP_TOKEN=«xapp-1-${slackId('A', 'at1')}-${num(13, 'at2')}-${fake(LOWER_HEX, 64, 'at3')}»`,
      `app = App(token=bot_token, app_token="«xapp-1-${slackId('A', 'at4')}-${num(13, 'at5')}-${fake(LOWER_HEX, 64, 'at6')}»")`,
    ],
    negative: ['SLACK_APP_TOKEN=xapp-1-A0000000000-0000000000000-...', 'SLACK_APP_TOKEN=${SLACK_APP_TOKEN}'],
  },
  'slack.config-token': {
    positive: [
      `SLACK_CONFIG_TOKEN=«xoxe.xoxp-1-${fake(UPPER_DIGITS, 166, 'ct1')}»`,
      `token: "«xoxe.xoxb-1-${fake(UPPER_DIGITS, 163, 'ct2')}»"`,
    ],
    negative: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-...', `token: xoxe.xoxp-1-${fake(UPPER_DIGITS, 40, 'ct3')}`],
  },
  'slack.refresh-token': {
    positive: [
      `SLACK_REFRESH_TOKEN=«xoxe-1-${fake(UPPER_DIGITS, 146, 'rt1')}»`,
      `{"refresh_token": "«xoxe-1-${fake(UPPER_DIGITS, 148, 'rt2')}»"}`,
    ],
    // Slack documentation sample.
    negative: ['refresh_token=xoxe-1-abcdefg', 'SLACK_REFRESH_TOKEN=xoxe-1-<refresh-token>'],
  },
  'slack.legacy-token': {
    positive: [
      `SLACK_TOKEN=«xoxs-${num(11, 'lt1')}-${num(11, 'lt2')}-${num(12, 'lt3')}-${fake(LOWER_HEX, 64, 'lt4')}»`,
      `token: «xoxa-2-${num(12, 'lt5')}-${num(12, 'lt6')}-${num(12, 'lt7')}-${fake(LOWER_HEX, 32, 'lt8')}»`,
    ],
    negative: ['SLACK_TOKEN=xoxs-token-goes-here', 'legacy tokens began with xoxs- or xoxo-'],
  },
  'slack.session-token': {
    positive: [`SLACK_XOXC=«xoxc-${num(12, 'st1')}-${num(12, 'st2')}-${num(13, 'st3')}-${fake(LOWER_HEX, 64, 'st4')}»`],
    negative: ['SLACK_XOXC=xoxc-...', 'copy the xoxc- token from the browser'],
  },
  'slack.session-cookie': {
    positive: [
      `SLACK_D_COOKIE=«xoxd-${fake(B62, 40, 'sc1')}%2F${fake(B62, 60, 'sc2')}%3D»`,
      `Cookie: d=«xoxd-${fake(B62, 110, 'sc3')}»; d-s=1700000000`,
    ],
    negative: ['Cookie: d=xoxd-...', 'the d cookie starts with xoxd-'],
  },
  'slack.webhook-url': {
    positive: [
      `SLACK_WEBHOOK_URL=«https://hooks.slack.com/services/${slackId('T', 'wh1')}/${slackId('B', 'wh2')}/${fake(B62, 24, 'wh3')}»`,
      `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' «https://hooks.slack.com/services/${slackId('T', 'wh4')}/${slackId('B', 'wh5')}/${fake(B62, 24, 'wh6')}»`,
    ],
    negative: [
      // Slack's documentation placeholder.
      'webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/...',
    ],
  },
  'slack.workflow-webhook-url': {
    positive: [
      `WORKFLOW_URL=«https://hooks.slack.com/workflows/${slackId('T', 'wf1')}/${slackId('A', 'wf2')}/${num(18, 'wf3')}/${fake(B62, 24, 'wf4')}»`,
      `url: "«https://hooks.slack.com/triggers/${slackId('T', 'wf5')}/${num(13, 'wf6')}/${fake(LOWER_HEX, 32, 'wf7')}»"`,
    ],
    negative: [
      'url: https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/triggers/...',
    ],
  },
  'slack.signing-secret': {
    positive: [`SLACK_SIGNING_SECRET=«${fake(HEX, 32, 'ss1')}»`, `  slackSigningSecret: '«${fake(HEX, 32, 'ss2')}»',`],
    negative: [
      'SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}',
      `SLACK_APP_ID=${slackId('A', 'ss3')}`,
      `slack_commit = "${fake(HEX, 40, 'ss4')}"`,
    ],
  },
  'slack.client-secret': {
    positive: [`SLACK_CLIENT_SECRET=«${fake(HEX, 32, 'cs1')}»`, `{"slack_client_secret": "«${fake(HEX, 32, 'cs2')}»"}`],
    negative: [`SLACK_CLIENT_ID=${num(12, 'cs3')}.${num(13, 'cs4')}`, 'SLACK_CLIENT_SECRET=<client-secret>'],
  },
  'slack.verification-token': {
    positive: [`SLACK_VERIFICATION_TOKEN=«${fake(B62, 24, 'vt1')}»`],
    negative: ['SLACK_VERIFICATION_TOKEN=your-verification-token', `SLACK_VERIFICATION_TOKEN=${fake(B62, 12, 'vt2')}`],
  },
};
