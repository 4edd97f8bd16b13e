/** HashiCorp Terraform: HCP Terraform (Terraform Cloud) API tokens (CREDENTIAL-FORMATS.md §1) and generated passwords in state files. */
import { defineDetector, type Detector } from '../kit/index.js';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'terraform.cloud-token',
    title: 'HCP Terraform (Terraform Cloud) API token',
    keywords: ['.atlasv1.'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_-])(?<secret>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/,
    guide: {
      grants:
        'Acts on HCP Terraform as the user, team or organisation: read state (with every secret in it), queue applies, change workspaces and variables.',
      revoke:
        'app.terraform.io → User Settings → Tokens (or Organization/Team settings → API tokens) → Delete; `terraform logout` removes the local copy.',
      url: 'https://app.terraform.io/app/settings/tokens',
      store: 'Let `terraform login` write credentials.tfrc.json outside the repository; use TF_TOKEN_* from the CI secret store.',
    },
  }),
  defineDetector({
    id: 'terraform.state-random-password',
    title: 'Generated password in Terraform state',
    keywords: ['random_password'],
    scope: 'document',
    // Terraform state stores `random_password` results in plaintext (`sensitive` only hides them in
    // plan output): `"type": "random_password"` … `"result": "<password>"` in the same resource.
    pattern: /"type"\s{0,5}:\s{0,5}"random_password"[^\]]{0,4000}?"result"\s{0,5}:\s{0,5}"(?<secret>[^"\\\r\n]{6,256})"/,
    guide: {
      grants:
        'The password Terraform generated for a resource (typically a database admin): anyone with the state file can log in with it.',
      revoke:
        'Taint or replace the `random_password` resource (`terraform apply -replace=random_password.<name>`) so a new password is generated and applied, and move the state to an encrypted remote backend with restricted access.',
      url: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
      store:
        'Keep state in an encrypted remote backend (S3 + KMS, Terraform Cloud …), never in git; prefer ephemeral resources or a secret manager for database passwords.',
    },
  }),
];
