/** Examples of the Discord detectors (test data: never imported by the runtime). */
import { B64URL, fake, fakeNumber, toBase64Url, type ExampleTable } from '../kit/examples.js';

function fakeDiscordToken(salt: string): string {
  return `${toBase64Url(fakeNumber(19, `${salt}id`))}.${fake(B64URL, 6, `${salt}ts`)}.${fake(B64URL, 38, `${salt}mac`)}`;
}

export const examples: ExampleTable = {
  'discord.bot-token': {
    positive: [
      `DISCORD_TOKEN=«${fakeDiscordToken('d1')}»`,
      `import discord\nclient = discord.Client(intents=intents)\nclient.run("«${fakeDiscordToken('d2')}»")`,
      `curl -H "Authorization: Bot «${fakeDiscordToken('d3')}»" https://discord.com/api/v10/users/@me`,
    ],
    negative: [
      // Right shape, but the first segment is not a base64 snowflake id.
      `DISCORD_TOKEN=${fake(B64URL, 24, 'd4').replace(/^./, 'M')}.${fake(B64URL, 6, 'd5')}.${fake(B64URL, 38, 'd6')}`,
      'DISCORD_TOKEN=your-bot-token-here',
      'DISCORD_TOKEN=MTAxMDEwMTAxMDEwMTAxMDEw.XXXXXX.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'discord.webhook-url': {
    positive: [
      `DISCORD_WEBHOOK=«https://discord.com/api/webhooks/${fakeNumber(19, 'dw1')}/${fake(B64URL, 68, 'dw2')}»`,
      `requests.post("«https://discordapp.com/api/webhooks/${fakeNumber(18, 'dw3')}/${fake(B64URL, 68, 'dw4')}»", json=payload)`,
    ],
    negative: [
      'DISCORD_WEBHOOK=https://discord.com/api/webhooks/<id>/<token>',
      `https://discord.com/api/webhooks/${fakeNumber(19, 'dw5')}/${fake(B64URL, 20, 'dw6')}`,
    ],
  },
  'discord.client-secret': {
    positive: [`DISCORD_CLIENT_SECRET=«${fake(B64URL, 32, 'dc1')}»`, `discord:\n  discord_client_secret: "«${fake(B64URL, 32, 'dc2')}»"`],
    negative: [`DISCORD_CLIENT_ID=${fakeNumber(19, 'dc3')}`, 'DISCORD_CLIENT_SECRET=${DISCORD_CLIENT_SECRET}'],
  },
};
