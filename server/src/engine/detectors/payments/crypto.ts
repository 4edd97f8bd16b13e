/** Wallet keys (EVM hex keys, BIP-39 seed phrases, BIP-32 xprv, Bitcoin WIF) (CREDENTIAL-FORMATS.md §4, payments and commerce). */
import { assignment, base58CheckPayload, ci, defineDetector, phrase, type Detector, type PostValidator } from '../kit/index.js';

/** BIP-32 extended private keys: 78-byte payload, version xprv/yprv/zprv/tprv…, key data 0x00 ‖ 32 bytes. */
const isNotExtendedPrivateKey: PostValidator = ({ value }) => {
  const payload = base58CheckPayload(value);
  if (!payload) return 'base58check checksum mismatch';
  return payload.length === 78 && payload[45] === 0 ? undefined : 'not a BIP-32 extended private key';
};

/** WIF: version 0x80 + 32-byte key (+ 0x01 when compressed), base58check. */
const isNotWif: PostValidator = ({ value }) => {
  const payload = base58CheckPayload(value);
  if (!payload) return 'base58check checksum mismatch';
  if (payload[0] !== 0x80) return 'not a mainnet WIF version byte';
  return payload.length === 33 || (payload.length === 34 && payload[33] === 1) ? undefined : 'not a WIF key length';
};

/** secp256k1 group order: a valid EVM private key is in [1, n). */
const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

/**
 * First 16 hex digits of the Hardhat / Anvil default development accounts #0–#9 (derived from the
 * public "test test … junk" mnemonic; publicly known, drained instantly on mainnet).
 */
const DEV_CHAIN_KEY_PREFIXES = [
  'ac0974bec39a17e3',
  '59c6995e998f97a5',
  '5de4111afa1a4b94',
  '7c852118294e51e6',
  '47e179ec19748859',
  '8b3a350cf5c34c91',
  '92db14e403b83dfe',
  '4bbbf85ce3377467',
  'dbda1821b80551c9',
  '2a871d0798f97d79',
];

const isNotUsableEvmKey: PostValidator = ({ value }) => {
  const hex = value.replace(/^0x/i, '').toLowerCase();
  if (DEV_CHAIN_KEY_PREFIXES.some((prefix) => hex.startsWith(prefix))) return 'Hardhat/Anvil default development key';
  const n = BigInt(`0x${hex}`);
  return n > 0n && n < SECP256K1_N ? undefined : 'outside the secp256k1 key range';
};

/** A seed phrase has 12/15/18/21/24 words and is not a test vector of repeated words. */
const isNotSeedPhrase: PostValidator = ({ value }) => {
  const words = value.split(' ');
  if (![12, 15, 18, 21, 24].includes(words.length)) return 'not a BIP-39 word count';
  return new Set(words).size >= Math.ceil(words.length / 2) ? undefined : 'repeated words (test vector)';
};

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'crypto.private-key-hex',
    title: 'Hex private key (Ethereum / EVM wallet)',
    keywords: ['private', 'privkey', 'priv_key', 'wallet', 'deployer', 'signer'],
    // 64 hex (optionally 0x) assigned to a private-key-like name; tx hashes share the shape, hence the name.
    pattern: () =>
      assignment(
        [
          phrase('private key'),
          phrase('priv key'),
          phrase('privkey'),
          `${phrase('wallet')}[A-Za-z0-9_.-]{0,12}${phrase('key')}`,
          `${phrase('deployer')}[A-Za-z0-9_.-]{0,12}${phrase('key')}`,
          `${phrase('signer')}[A-Za-z0-9_.-]{0,12}${phrase('key')}`,
        ],
        '(?:0x)?[0-9a-fA-F]{64}',
      ),
    post: [isNotUsableEvmKey],
    minEntropy: 3,
    guide: {
      grants:
        'Controls the wallet: signs transactions that move all of its funds and tokens on every EVM chain, and any contract roles the address holds.',
      revoke:
        'A private key cannot be revoked: immediately move all funds and tokens to a new wallet, transfer contract ownership/roles away from the address, then retire it.',
      store:
        'Use a hardware wallet or a KMS/HSM signer for deployments, or an encrypted keystore loaded at run time; never put raw keys in .env files that get committed.',
    },
  }),
  defineDetector({
    id: 'crypto.wallet-mnemonic',
    title: 'Wallet seed phrase (BIP-39 mnemonic)',
    keywords: [
      'mnemonic',
      'seed_phrase',
      'seedphrase',
      'seed-phrase',
      'seed phrase',
      'recovery_phrase',
      'recovery phrase',
      'recoveryphrase',
      'seed_words',
      'secret_phrase',
      'secretphrase',
      'wallet_seed',
    ],
    // 12–24 lower-case words under a mnemonic-like name (the BIP-39 checksum needs the word list; not checked).
    pattern: () =>
      assignment(
        [
          phrase('mnemonic'),
          phrase('seed phrase'),
          phrase('recovery phrase'),
          phrase('seed words'),
          phrase('secret phrase'),
          phrase('wallet seed'),
          `${ci('seed')} ${ci('phrase')}`,
          `${ci('recovery')} ${ci('phrase')}`,
        ],
        '[a-z]{3,8}(?: [a-z]{3,8}){11,23}',
      ),
    post: [isNotSeedPhrase],
    guide: {
      grants: 'Recreates every key of the wallet on every chain: whoever has it controls all funds and accounts derived from it.',
      revoke:
        'A seed phrase cannot be revoked: create a new wallet with a new seed offline and move all funds and positions to it immediately.',
      store: 'Keep seed phrases offline (hardware wallet, paper/metal backup); use a KMS signer or an encrypted keystore for automation.',
    },
  }),
  defineDetector({
    id: 'crypto.extended-private-key',
    title: 'BIP-32 extended private key (xprv)',
    confidence: 'high', // base58check checksum verified
    keywords: ['xprv', 'yprv', 'zprv', 'tprv', 'uprv', 'vprv'],
    // [xyztuv]prv + 107 base58, verified by its base58check checksum and 78-byte layout. xpub is public.
    pattern: /(?<![A-Za-z0-9])(?<secret>[xyztuv]prv[1-9A-HJ-NP-Za-km-z]{100,112})(?![A-Za-z0-9])/,
    post: [isNotExtendedPrivateKey],
    guide: {
      grants: 'Derives every private key below it in the HD wallet: controls all funds on those addresses.',
      revoke: 'Cannot be revoked: create a new wallet seed offline and sweep all funds to it immediately.',
      store: 'Keep wallet keys in a hardware wallet or an HSM/KMS signer; export only xpub (public) to servers that need addresses.',
    },
  }),
  defineDetector({
    id: 'crypto.wif-private-key',
    title: 'Bitcoin WIF private key',
    confidence: 'high', // base58check checksum verified
    keywords: ['wif', 'privkey', 'private', 'bitcoin', 'btc', 'wallet'],
    scope: 'document',
    // Base58check, version 0x80: 51 chars starting 5 (uncompressed) or 52 starting K/L (compressed).
    pattern: /(?<![A-Za-z0-9])(?<secret>[5KL][1-9A-HJ-NP-Za-km-z]{50,51})(?![A-Za-z0-9])/,
    post: [isNotWif],
    guide: {
      grants: 'Controls the Bitcoin address(es) of this key: anyone can sign transactions spending all of its funds.',
      revoke: 'Cannot be revoked: sweep all funds to an address of a new wallet immediately.',
      store: 'Keep keys in a hardware wallet or an HSM/KMS signer; never in source or configuration files.',
    },
  }),
];
