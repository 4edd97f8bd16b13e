/** Shopify app tokens and shared secrets (CREDENTIAL-FORMATS.md §4). */
import { STORE_IN_SECRET_STORE, token, type Detector } from '../kit/index.js';

const KINDS = [
  [
    'shopify.access-token',
    'shpat_',
    'Shopify app access token',
    "Admin API access to the store with the app's scopes: orders, customers, products, payments data.",
    "Uninstall the app from the store, or rotate via the app's settings (Partners → the app → API credentials).",
  ],
  [
    'shopify.custom-app-token',
    'shpca_',
    'Shopify custom app access token',
    "Admin API access to the store with the custom app's scopes: orders, customers, products.",
    'Store admin → Settings → Apps and sales channels → Develop apps → the app → API credentials → uninstall or rotate the token.',
  ],
  [
    'shopify.private-app-token',
    'shppa_',
    'Shopify private app access token',
    "Admin API access to the store with the legacy private app's permissions.",
    'Store admin → Apps → Manage private apps → delete the app (private apps are deprecated; recreate as a custom app).',
  ],
  [
    'shopify.app-secret',
    'shpss_',
    'Shopify app shared secret',
    'Verifies (and so lets anyone forge) webhooks and OAuth HMACs for the app, and completes OAuth as the app.',
    'Shopify Partners (or Dev Dashboard) → the app → API credentials → Rotate the API secret key.',
  ],
] as const;

export const detectors: readonly Detector[] = KINDS.map(([id, prefix, title, grants, revoke]) =>
  token({
    id,
    title,
    keywords: [prefix],
    // <prefix> + 32 hex (Shopify changelog "length of the Shopify access token is increasing").
    body: `${prefix}[0-9a-fA-F]{32,64}`,
    right: 'A-Za-z0-9_',
    minEntropy: 3,
    guide: { store: STORE_IN_SECRET_STORE, grants, revoke, url: 'https://partners.shopify.com/' },
  }),
);
