/** WireGuard private and preshared keys (wg(8), wg-quick(8); CREDENTIAL-FORMATS.md §9). */
import { defineDetector, keyGuide, type Detector, type PostValidator } from '../kit/index.js';

/** wg(8) / wg-quick(8) man page example keys: published documentation values. */
const WIREGUARD_DOC_KEYS = new Set([
  'yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=',
  'xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=',
  'TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0=',
  'gN65BkIKy1eCE9pP1wdc8ROUtkHLF2PfAqYdyYBz6EA=',
  'HIgo9xNzJMWLKASShiTqIybxZ0U3wGLiUeJ1PKf8ykw=',
]);
const isWireguardDocKey: PostValidator = ({ value }) => (WIREGUARD_DOC_KEYS.has(value) ? 'wg(8) documentation key' : undefined);

/** 44-char Base64 of exactly 32 bytes: the 43rd character carries 2 zero bits. */
const KEY32 = '[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'wireguard.private-key',
    title: 'WireGuard private key',
    keywords: ['PrivateKey', 'private_key', 'private-key', 'privatekey'],
    // `PrivateKey = <44 Base64>` in `[Interface]` (wg-quick(8), systemd.netdev(5)); or a value assigned to
    // a WireGuard-named variable (Ansible, Helm, Terraform). 32-byte key: 43 chars + `=`.
    pattern: () =>
      new RegExp(
        String.raw`(?:(?<![A-Za-z0-9_])PrivateKey[ \t]*=[ \t]*|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_.-])?(?:[wW][gG]|[wW]ire[gG]uard|WIREGUARD)[_.-]?(?:[A-Za-z0-9]{1,20}[_.-])?(?:[pP]rivate|PRIVATE)[_.-]?(?:[kK]ey|KEY)["'\`]?[ \t]*(?::|=|=>)[ \t]*["'\`]?|(?<![A-Za-z0-9_-])private-key[ \t]*=[ \t]*)(?<secret>${KEY32})(?![A-Za-z0-9+/=])`,
      ),
    post: [isWireguardDocKey],
    guide: keyGuide(
      "Impersonates that WireGuard peer: connect to the VPN (and reach the networks its AllowedIPs route) or, for a server key, intercept its peers' traffic.",
      'Generate a new key pair (`wg genkey | tee private.key | wg pubkey`), replace the public key on every peer, and remove the old peer entry.',
      'https://www.wireguard.com/quickstart/',
    ),
  }),
  defineDetector({
    id: 'wireguard.preshared-key',
    title: 'WireGuard preshared key',
    keywords: ['PresharedKey', 'preshared_key', 'preshared-key'],
    // `PresharedKey = <44 Base64>` in a `[Peer]` section (wg(8), `wg genpsk`).
    pattern: () =>
      new RegExp(
        String.raw`(?:(?<![A-Za-z0-9_])PresharedKey[ \t]*=[ \t]*|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,20}[_.-]){0,2}(?:[pP]re[_-]?[sS]hared|PRE_?SHARED)[_.-]?(?:[kK]ey|KEY)["'\`]?[ \t]*(?::|=|=>)[ \t]*["'\`]?)(?<secret>${KEY32})(?![A-Za-z0-9+/=])`,
      ),
    post: [isWireguardDocKey],
    guide: keyGuide(
      'Removes the post-quantum/extra symmetric layer between two peers; combined with a leaked private key, lets an attacker complete the handshake.',
      'Generate a new one (`wg genpsk`) and set it on both peers of the pair.',
      'https://www.wireguard.com/quickstart/',
    ),
  }),
];
