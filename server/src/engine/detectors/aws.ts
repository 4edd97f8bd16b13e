/**
 * Amazon Web Services credentials. Key-id prefixes: IAM User Guide, "IAM identifiers" (unique-ID
 * prefixes) and STS GetAccessKeyInfo; secret/session-token context: CREDENTIAL-FORMATS.md §1.
 * Only AKIA (long-term), ASIA (STS), ABIA (STS service bearer), ACCA (context-specific) and the
 * older A3T* ids are access keys; AIDA/AROA/AGPA/ANPA/AIPA/APKA/ASCA are identifiers, not secrets.
 */
import { fake } from '../fake.js';
import { B62, B64, B64URL, BASE32_UPPER, HEX, assignment, ci } from '../patterns.js';
import type { Detector, PostValidator } from '../types.js';
import { UUID, anchored, fakeMixed, fakeUuid, isHexOnly, lacksMixedClasses, tfProvider, words } from './cloud.js';

/** The published documentation values end in EXAMPLE / EXAMPLEKEY (also caught by the common validator). */
const isAwsExample: PostValidator = ({ value }) => (/EXAMPLE/.test(value) ? 'documented example value' : undefined);

/** A 40-char AWS secret: base64 alphabet, never pure hex (that is a git SHA), mixed classes. */
const SECRET_VALIDATORS: readonly PostValidator[] = [isHexOnly, lacksMixedClasses, isAwsExample];

const KEY_ID = `${fake(BASE32_UPPER, 16, 'aws-id')}`;
const SECRET = fakeMixed(B64, 40, 'aws-secret');
const SESSION = `IQoJb3JpZ2luX2VjE${fakeMixed(B64, 360, 'aws-session')}`;

const store = 'Use IAM roles (instance profiles, IRSA, OIDC federation for CI) or `aws configure sso` instead of long-term keys; keep any key in ~/.aws/credentials or a secret manager, never in the repository.';
const revokeKey =
  'IAM console → Users → the user → Security credentials → Access keys → Deactivate, then Delete (`aws iam update-access-key --status Inactive` / `aws iam delete-access-key`); check CloudTrail for use of the key; create a new key only if a role cannot be used.';

export const detectors: Detector[] = [
  {
    id: 'aws.access-key-id',
    title: 'AWS access key ID',
    kind: 'specific',
    keywords: ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3T'],
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
        pattern: new RegExp(`(?:${words('aws', 'session', 'token')}|${words('aws', 'security', 'token')}|${ci('SessionToken')})["']?\\s*[:=]\\s*["']?(?<value>[A-Za-z0-9+/]{100,4000}={0,2})`),
        withinLines: 5,
      },
    ],
    examples: {
      positive: [
        `[default]\naws_access_key_id = «AKIA${KEY_ID}»\naws_secret_access_key = ${SECRET}`,
        `const s3 = new S3Client({ credentials: { accessKeyId: "«AKIA${fake(BASE32_UPPER, 16, 'aws-id2')}»", secretAccessKey: process.env.AWS_SECRET } });`,
        `export AWS_ACCESS_KEY_ID=«ASIA${fake(BASE32_UPPER, 16, 'aws-id3')}»\nexport AWS_SECRET_ACCESS_KEY=${fakeMixed(B64, 40, 'aws-s3')}\nexport AWS_SESSION_TOKEN=${SESSION}`,
        `GET /bucket/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«AKIA${fake(BASE32_UPPER, 16, 'aws-id4')}»%2F20240101%2Fus-east-1%2Fs3%2Faws4_request`,
      ],
      negative: [
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        `"UserId": "AIDA${fake(BASE32_UPPER, 16, 'aida')}"`,
        `"RoleId": "AROA${fake(BASE32_UPPER, 16, 'aroa')}"`,
        `blob: ${fake(B64, 30, 'b1')}AKIA${fake(BASE32_UPPER, 16, 'inblob')}${fake(B64, 30, 'b2')}`,
        'AKIA is the prefix of long-term access key ids',
      ],
    },
    guide: {
      grants: 'With its secret access key, signs AWS API calls as the IAM user or role session: everything its policies allow, in every region.',
      revoke: revokeKey,
      url: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      store,
    },
  },
  {
    id: 'aws.secret-access-key',
    title: 'AWS secret access key',
    kind: 'specific',
    keywords: ['aws', 'secret_access', 'secretaccess', 'secret-access', 'secret.access'],
    // Document scope: Terraform `provider "aws" {` blocks put the name on another line than `aws`.
    pattern: anchored(
      assignment(
        [
          `${ci('aws')}[A-Za-z0-9_.-]{0,24}${ci('secret')}(?:[._-]?${ci('access')})?(?:[._-]?${ci('key')})?`,
          words('secret', 'access', 'key'),
          tfProvider('aws', ['secret_key']),
        ],
        '[A-Za-z0-9+/]{40}',
      ),
    ),
    post: SECRET_VALIDATORS,
    minEntropy: 3.5,
    examples: {
      positive: [
        `AWS_SECRET_ACCESS_KEY=«${SECRET}»`,
        `aws.region=eu-west-1\naws.secretKey=«${fakeMixed(B64, 40, 'aws-s2')}»`,
        `{"AccessKeyId": "ASIA…", "SecretAccessKey": "«${fakeMixed(B64, 40, 'aws-s5')}»"}`,
        `aws configure set aws_secret_access_key «${fakeMixed(B64, 40, 'aws-s6')}»`,
        `cloud.aws.credentials.access-key=\${AWS_KEY_ID}\ncloud.aws.credentials.secret-key=«${fakeMixed(B64, 40, 'aws-s7')}»`,
        `provider "aws" {\n  region     = "eu-west-1"\n  access_key = var.aws_access_key\n  secret_key = "«${fakeMixed(B64, 40, 'aws-s8')}»"\n}`,
      ],
      negative: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        `AWS_SECRET_ACCESS_KEY=${fake(HEX, 40, 'sha')}`,
        'AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}',
        `aws_secret_access_key = ${fakeMixed(B64, 30, 'short')}`,
      ],
    },
    guide: {
      grants: 'Signs AWS API calls for its access key id: full use of the IAM user\'s permissions.',
      revoke: `Find the paired access key id (\`aws sts get-access-key-info\` needs the id; IAM → Users → Security credentials lists them), then: ${revokeKey}`,
      url: 'https://console.aws.amazon.com/iam/home#/security_credentials',
      store,
    },
  },
  {
    id: 'aws.session-token',
    title: 'AWS STS session token',
    kind: 'specific',
    keywords: ['session_token', 'sessiontoken', 'session-token', 'security-token', 'security_token'],
    keywordScope: 'line',
    // Base64, hundreds of characters; URL-encoded in presigned URLs (X-Amz-Security-Token=…%2F…).
    pattern: anchored(assignment(
      [words('aws', 'session', 'token'), words('aws', 'security', 'token'), words('x', 'amz', 'security', 'token'), ci('SessionToken')],
      '(?:[A-Za-z0-9+/]|%2[BbFf]){100,4000}(?:=|%3[Dd]){0,2}',
      { valueEnd: '(?![A-Za-z0-9_+/=%-])' },
    )),
    minEntropy: 4.5,
    examples: {
      positive: [
        `AWS_SESSION_TOKEN=«${SESSION}»`,
        `{"Credentials": {"SessionToken": "«FwoGZXIvYXdzE${fakeMixed(B64, 300, 'aws-sess2')}»", "Expiration": "2024-01-01T00:00:00Z"}}`,
        `https://b.s3.amazonaws.com/k?X-Amz-Security-Token=«IQoJb3JpZ2lu${fakeMixed(B62, 200, 'aws-sess3')}%2F${fakeMixed(B62, 80, 'aws-sess4')}%3D%3D»&X-Amz-Signature=${fake(HEX, 64, 'sig')}`,
      ],
      negative: ['AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}', `sessionToken: "${fakeMixed(B64URL, 40, 'short')}"`],
    },
    guide: {
      grants: 'With its ASIA access key id and secret, acts as the assumed role or federated session until it expires (15 minutes to 36 hours).',
      revoke: 'It expires by itself; to cut it off now, IAM → Roles → the role → Revoke active sessions (adds a deny for tokens issued before now), and find how it leaked.',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html',
      store,
    },
  },
  {
    id: 'aws.bedrock-api-key',
    title: 'Amazon Bedrock long-term API key',
    kind: 'specific',
    keywords: ['ABSK'],
    pattern: /(?<![A-Za-z0-9_+/])(?<secret>ABSK[A-Za-z0-9+/]{100,300}={0,2})(?![A-Za-z0-9+/=])/,
    post: [lacksMixedClasses],
    examples: {
      positive: [`AWS_BEARER_TOKEN_BEDROCK=«ABSK${Buffer.from(`BedrockAPIKey-${fake(B62, 4, 'br')}-at-123456789012:${fakeMixed(B64, 60, 'bedrock')}`).toString('base64')}»`],
      negative: ['ABSK keys are Bedrock long-term keys', `ABSK${'A'.repeat(120)}`],
    },
    guide: {
      grants: 'Calls Amazon Bedrock (invoke models, at the account\'s expense) as the IAM user the service-specific credential belongs to.',
      revoke: 'IAM console → Users → the user → Security credentials → API keys for Amazon Bedrock (service-specific credentials) → Deactivate, then Delete.',
      url: 'https://console.aws.amazon.com/iam/home#/users',
      store,
    },
  },
  {
    id: 'aws.bedrock-short-term-api-key',
    title: 'Amazon Bedrock short-term API key',
    kind: 'specific',
    keywords: ['bedrock-api-key-'],
    // `bedrock-api-key-` + base64 of a presigned URL starting `bedrock.amazonaws.com`.
    pattern: /(?<![A-Za-z0-9_-])(?<secret>bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/]{100,6000}={0,2})(?![A-Za-z0-9+/=])/,
    examples: {
      positive: [
        `AWS_BEARER_TOKEN_BEDROCK=«bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA${fake(BASE32_UPPER, 16, 'br2')}&X-Amz-Security-Token=${fakeMixed(B62, 200, 'br3')}&X-Amz-Signature=${fake(HEX, 64, 'br4')}&Version=1`).toString('base64')}»`,
      ],
      negative: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
    },
    guide: {
      grants: 'Calls Amazon Bedrock with the permissions of the IAM session that generated it, for up to 12 hours.',
      revoke: 'It expires with its session (≤12 h); to cut it off now, revoke the session of the IAM role/user that generated it (IAM → Roles → Revoke active sessions).',
      url: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
      store,
    },
  },
  {
    id: 'aws.mws-auth-token',
    title: 'Amazon MWS auth token',
    kind: 'specific',
    keywords: ['amzn.mws.'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?<secret>amzn\\.mws\\.${UUID})(?![A-Za-z0-9-])`),
    examples: {
      positive: [`MWS_AUTH_TOKEN=«amzn.mws.${fakeUuid('mws')}»`],
      negative: ['MWS_AUTH_TOKEN=amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
    },
    guide: {
      grants: 'Lets the developer application call Amazon Marketplace Web Service on behalf of the seller (orders, inventory, reports).',
      revoke: 'Seller Central → Settings → User Permissions → Third-party developer and apps → Revoke access for the developer.',
      url: 'https://sellercentral.amazon.com/gp/account-manager/home.html',
      store,
    },
  },
  {
    id: 'aws.eks-token',
    title: 'Amazon EKS cluster bearer token',
    kind: 'specific',
    keywords: ['k8s-aws-v1.'],
    // `k8s-aws-v1.` + base64url of a presigned STS GetCallerIdentity URL (aws eks get-token).
    pattern: /(?<![A-Za-z0-9_.-])(?<secret>k8s-aws-v1\.[A-Za-z0-9_-]{100,6000})(?![A-Za-z0-9_-])/,
    examples: {
      positive: [
        `    token: «k8s-aws-v1.${Buffer.from(`https://sts.eu-west-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Credential=AKIA${fake(BASE32_UPPER, 16, 'eks')}&X-Amz-Signature=${fake(HEX, 64, 'eks-sig')}`).toString('base64url')}»`,
      ],
      negative: ['token: k8s-aws-v1.'],
    },
    guide: {
      grants: 'Authenticates to the EKS cluster as the IAM identity that generated it (with its Kubernetes RBAC/access entries) for about 15 minutes.',
      revoke: 'It expires within 15 minutes; if the generating credentials leaked too, revoke them (IAM access key or role sessions).',
      url: 'https://docs.aws.amazon.com/eks/latest/userguide/cluster-auth.html',
      store: 'Use `aws eks get-token` through the kubeconfig exec plugin instead of pasting tokens.',
    },
  },
];
