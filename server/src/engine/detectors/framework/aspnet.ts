/**
 * ASP.NET `<machineKey>` validation and decryption keys. None has a prefix, so the pattern is anchored on the
 * framework's own setting name, and template / placeholder values (the framework's own defaults included) are
 * negatives (CREDENTIAL-FORMATS.md §10).
 */
import { defineDetector, frameworkGuide, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'aspnet.machine-key',
    title: 'ASP.NET machineKey',
    keywords: ['validationkey', 'decryptionkey'],
    // `<machineKey validationKey="64–128 hex" decryptionKey="48–64 hex" …/>` in web.config.
    pattern: /(?<![A-Za-z0-9_])(?<name>validationKey|decryptionKey)[ \t]*=[ \t]*["'](?<secret>[0-9A-Fa-f]{32,256})["']/,
    minEntropy: 3,
    guide: frameworkGuide(
      'Forges ViewState (remote code execution through deserialisation on the server), forms-authentication tickets and other protected data.',
      'Generate a new machine key (IIS Manager → Machine Key → Generate Keys, or PowerShell), deploy to every server in the farm, and review the server for signs of ViewState exploitation.',
      'https://learn.microsoft.com/en-us/aspnet/whitepapers/aspnet4/breaking-changes',
    ),
  }),
];
