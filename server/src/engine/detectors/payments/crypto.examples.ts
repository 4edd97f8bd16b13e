/** Examples of the crypto detectors (test data: never imported by the runtime). */
import { alphabet, B62, base58CheckEncode, fake, fakeBytes, HEX, type ExampleTable } from '../kit/examples.js';

function fakeXprv(salt: string): string {
  const payload = new Uint8Array(78);
  payload.set([0x04, 0x88, 0xad, 0xe4], 0); // xprv
  payload.set(fakeBytes(41, `xprv|${salt}`), 4); // depth, fingerprint, child number, chain code
  payload[45] = 0;
  payload.set(fakeBytes(32, `xprv-key|${salt}`), 46);
  return base58CheckEncode(payload);
}

function fakeWif(salt: string): string {
  return base58CheckEncode(Uint8Array.from([0x80, ...fakeBytes(32, `wif|${salt}`), 0x01]));
}

/** Fake seed phrases from a handful of real-looking words (never a valid BIP-39 checksum). */
const SEED_WORDS = [
  'orbit',
  'velvet',
  'canyon',
  'ladder',
  'frost',
  'meadow',
  'pilot',
  'ember',
  'tunnel',
  'quartz',
  'saddle',
  'harbor',
  'lunar',
  'thistle',
  'rapid',
  'gossip',
  'wagon',
  'crisp',
  'anchor',
  'timber',
  'vessel',
  'glide',
  'summit',
  'ripple',
];
function fakeSeedPhrase(count: number, salt: string): string {
  const picks = fake(alphabet('a-x'), count, salt);
  return [...picks].map((ch) => SEED_WORDS[ch.charCodeAt(0) - 97]).join(' ');
}

export const examples: ExampleTable = {
  'crypto.private-key-hex': {
    positive: [
      `PRIVATE_KEY=«0x${fake(HEX, 64, 'ek1')}»`,
      `const deployerKey = "«${fake(HEX, 64, 'ek2')}»";`,
      `module.exports = { networks: { mainnet: { url: RPC_URL, privateKey: '«0x${fake(HEX, 64, 'ek3')}»' } } };`,
    ],
    negative: [
      // Hardhat/Anvil account #0 (publicly known development key).
      'PRIVATE_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
      `tx_hash = "0x${fake(HEX, 64, 'ek4')}"`,
      'PRIVATE_KEY=0x0000000000000000000000000000000000000000000000000000000000000000',
      'PRIVATE_KEY=${DEPLOYER_PRIVATE_KEY}',
    ],
  },
  'crypto.wallet-mnemonic': {
    positive: [`MNEMONIC="«${fakeSeedPhrase(12, 'mn1')}»"`, `const seedPhrase = '«${fakeSeedPhrase(24, 'mn2')}»';`],
    negative: [
      // BIP-39 test vector and the Hardhat default mnemonic.
      'MNEMONIC="abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"',
      'mnemonic: "test test test test test test test test test test test junk"',
      'MNEMONIC="your twelve word seed phrase goes here"',
    ],
  },
  'crypto.extended-private-key': {
    positive: [`WALLET_XPRV=«${fakeXprv('xp1')}»`, `descriptor = "wpkh(«${fakeXprv('xp2')}»/84h/0h/0h/0/*)"`],
    negative: [`WALLET_XPRV=${fakeXprv('xp3').slice(0, -1)}${fakeXprv('xp3').endsWith('A') ? 'B' : 'A'}`, 'WALLET_XPRV=xprv...'],
  },
  'crypto.wif-private-key': {
    positive: [`BTC_PRIVATE_KEY=«${fakeWif('wf1')}»`, `# bitcoin signer\nkey = Key("«${fakeWif('wf2')}»")`],
    negative: [`BTC_PRIVATE_KEY=${fakeWif('wf3').slice(0, -2)}zz`, `# bitcoin\naddress = "1${fake(B62, 33, 'wf4')}"`],
  },
};
