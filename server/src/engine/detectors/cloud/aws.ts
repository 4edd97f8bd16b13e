/**
 * Amazon Web Services credentials. Key-id prefixes: IAM User Guide, "IAM identifiers" (unique-ID
 * prefixes) and STS GetAccessKeyInfo; secret/session-token context: CREDENTIAL-FORMATS.md §1.
 * Only AKIA (long-term), ASIA (STS), ABIA (STS service bearer), ACCA (context-specific) and the
 * older A3T* ids are access keys; AIDA/AROA/AGPA/ANPA/AIPA/APKA/ASCA are identifiers, not secrets.
 */
import {
  anchored,
  assignment,
  ci,
  defineDetector,
  isHexOnly,
  lacksMixedClasses,
  phrase,
  terraformProviderAttribute,
  UUID,
  type Detector,
  type PostValidator,
} from '../kit/index.js';

/** The published documentation values end in EXAMPLE / EXAMPLEKEY (also caught by the common validator). */
const isAwsExample: PostValidator = ({ value }) => (/EXAMPLE/.test(value) ? 'documented example value' : undefined);

/** A 40-char AWS secret: base64 alphabet, never pure hex (that is a git SHA), mixed classes. */
const SECRET_VALIDATORS: readonly PostValidator[] = [isHexOnly, lacksMixedClasses, isAwsExample];

const store =
  'Use IAM roles (instance profiles, IRSA, OIDC federation for CI) or `aws configure sso` instead of long-term keys; keep any key in ~/.aws/credentials or a secret manager, never in the repository.';

const revokeKey =
  'IAM console → Users → the user → Security credentials → Access keys → Deactivate, then Delete (`aws iam update-access-key --status Inactive` / `aws iam delete-access-key`); check CloudTrail for use of the key; create a new key only if a role cannot be used.';

export const detectors: readonly Detector[] = [
  defineDetector({
    id: 'aws.access-key-id',
    title: 'AWS access key ID',
    confidence: 'high', // AKIA/ASIA… prefixes are AWS's alone; A3T defeats the prefix derivation
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
    scope: 'document',
    // 20 chars: prefix + base32 [A-Z2-7]. Left: not inside a word or a Base64 run; right: `/` may
    // follow (SigV4 `Credential=AKIA…/20240101/…`).
    pattern: /(?<![A-Za-z0-9_+])(?<secret>(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})(?![A-Za-z0-9_+])/,
    post: [isAwsExample],
    companions: [
      {
        name: 'secret_access_key',
        pattern: /(?<![A-Za-z0-9+/])(?<value>[A-Za-z0-9+/]{40})(?![A-Za-z0-9+/=])/,
        withinLines: 5,
        post: SECRET_VALIDATORS,
      },
      {
        name: 'session_token',
        pattern: new RegExp(
          `(?:${phrase('aws session token')}|${phrase('aws security token')}|${ci('SessionToken')})["']?\\s*[:=]\\s*["']?(?<value>[A-Za-z0-9+/]{100,4000}={0,2})`,
        ),
        withinLines: 5,
      },
    ],
    guide: {
      grants:
        'With its secret access key, signs AWS API calls as the IAM user or role session: everything its policies allow, in every region.',
      revoke: revokeKey,
      url: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      store,
    },
  }),
  defineDetector({
    id: 'aws.secret-access-key',
    title: 'AWS secret access key',
    keywords: ['aws', 'secret_access', 'secretaccess', 'secret-access', 'secret.access'],
    scope: 'document',
    // Document scope: Terraform `provider "aws" {` blocks put the name on another line than `aws`.
    pattern: () =>
      anchored(
        assignment(
          [
            `${ci('aws')}[A-Za-z0-9_.-]{0,24}${ci('secret')}(?:[._-]?${ci('access')})?(?:[._-]?${ci('key')})?`,
            phrase('secret access key'),
            terraformProviderAttribute('aws', ['secret_key']),
          ],
          '[A-Za-z0-9+/]{40}',
        ),
      ),
    post: SECRET_VALIDATORS,
    minEntropy: 3.5,
    guide: {
      grants: "Signs AWS API calls for its access key id: full use of the IAM user's permissions.",
      revoke: `Find the paired access key id (\`aws sts get-access-key-info\` needs the id; IAM → Users → Security credentials lists them), then: ${revokeKey}`,
      url: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      store,
    },
  }),
  defineDetector({
    id: 'aws.session-token',
    title: 'AWS STS session token',
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security-token', 'security_token'],
    // Base64, hundreds of characters; URL-encoded in presigned URLs (X-Amz-Security-Token=…%2F…).
    pattern: () =>
      anchored(
        assignment(
          [phrase('aws session token'), phrase('aws security token'), phrase('x amz security token'), ci('SessionToken')],
          '(?:[A-Za-z0-9+/]|%2[BbFf]){100,4000}(?:=|%3[Dd]){0,2}',
          { valueEnd: '(?![A-Za-z0-9_+/=%-])' },
        ),
      ),
    minEntropy: 4.5,
    guide: {
      grants:
        'With its ASIA access key id and secret, acts as the assumed role or federated session until it expires (15 minutes to 36 hours).',
      revoke:
        'It expires by itself; to cut it off now, IAM → Roles → the role → Revoke active sessions (adds a deny for tokens issued before now), and find how it leaked.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
      store,
    },
  }),
  defineDetector({
    id: 'aws.bedrock-api-key',
    title: 'Amazon Bedrock long-term API key',
    keywords: ['ABSK'],
    scope: 'document',
    pattern: /(?<![A-Za-z0-9_+/])(?<secret>ABSK[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/,
    post: [lacksMixedClasses],
    guide: {
      grants: "Calls Amazon Bedrock (invoke models, at the account's expense) as the IAM user the service-specific credential belongs to.",
      revoke:
        'IAM console → Users → the user → Security credentials → API keys for Amazon Bedrock (service-specific credentials) → Deactivate, then Delete.',
      url: 'https://console.aws.amazon.com/iam/home#/users',
      store,
    },
  }),
  defineDetector({
    id: 'aws.bedrock-short-term-api-key',
    title: 'Amazon Bedrock short-term API key',
    keywords: ['bedrock-api-key-'],
    scope: 'document',
    // `bedrock-api-key-` + base64 of a presigned URL starting `bedrock.amazonaws.com`.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,6000}={0,2})(?![A-Za-z0-9+/=])/,
    guide: {
      grants: 'Calls Amazon Bedrock with the permissions of the IAM session that generated it, for up to 12 hours.',
      revoke:
        'It expires with its session (≤12 h); to cut it off now, revoke the session of the IAM role/user that generated it (IAM → Roles → Revoke active sessions).',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
      store,
    },
  }),
  defineDetector({
    id: 'aws.mws-auth-token',
    title: 'Amazon MWS auth token',
    keywords: ['amzn.mws.'],
    scope: 'document',
    pattern: () => new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>amzn\\.mws\\.${UUID})(?![A-Za-z0-9-])`),
    guide: {
      grants: 'Lets the developer application call Amazon Marketplace Web Service on behalf of the seller (orders, inventory, reports).',
      revoke: 'Seller Central → Settings → User Permissions → Third-party developer and apps → Revoke access for the developer.',
      url: 'https://sellercentral.amazon.com/gp/account-manager/home.html',
      store,
    },
  }),
  defineDetector({
    id: 'aws.eks-token',
    title: 'Amazon EKS cluster bearer token',
    keywords: ['k8s-aws-v1.'],
    scope: 'document',
    // `k8s-aws-v1.` + base64url of a presigned STS GetCallerIdentity URL (aws eks get-token).
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>k8s-aws-v1\.[A-Za-z0-9_-]{100,6000})(?![A-Za-z0-9_-])/,
    guide: {
      grants:
        'Authenticates to the EKS cluster as the IAM identity that generated it (with its Kubernetes RBAC/access entries) for about 15 minutes.',
      revoke: 'It expires within 15 minutes; if the generating credentials leaked too, revoke them (IAM access key or role sessions).',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-auth.html',
      store: 'Use `aws eks get-token` through the kubeconfig exec plugin instead of pasting tokens.',
    },
  }),
];
