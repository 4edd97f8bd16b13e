/** Examples of the AWS detectors (test data: never imported by the runtime). */
import { B62, B64, B64URL, BASE32_UPPER, fake, fakeMixed, fakeUuid, HEX, type ExampleTable } from '../kit/examples.js';

const KEY_ID = `${fake(BASE32_UPPER, 16, 'aws-id')}`;

const SECRET = fakeMixed(B64, 40, 'aws-secret');

const SESSION = `IQoJb3JpZ2luX2VjE${fakeMixed(B64, 360, 'aws-session')}`;

export const examples: ExampleTable = {
  'aws.access-key-id': {
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
  'aws.secret-access-key': {
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
  'aws.session-token': {
    positive: [
      `AWS_SESSION_TOKEN=«${SESSION}»`,
      `{"Credentials": {"SessionToken": "«FwoGZXIvYXdzE${fakeMixed(B64, 300, 'aws-sess2')}»", "Expiration": "2024-01-01T00:00:00Z"}}`,
      `https://b.s3.amazonaws.com/k?X-Amz-Security-Token=«IQoJb3JpZ2lu${fakeMixed(B62, 200, 'aws-sess3')}%2F${fakeMixed(B62, 80, 'aws-sess4')}%3D%3D»&X-Amz-Signature=${fake(HEX, 64, 'sig')}`,
    ],
    negative: ['AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}', `sessionToken: "${fakeMixed(B64URL, 40, 'short')}"`],
  },
  'aws.bedrock-api-key': {
    positive: [
      `AWS_BEARER_TOKEN_BEDROCK=«ABSK${Buffer.from(`BedrockAPIKey-${fake(B62, 4, 'br')}-at-123456789012:${fakeMixed(B64, 60, 'bedrock')}`).toString('base64')}»`,
    ],
    negative: ['ABSK keys are Bedrock long-term keys', `ABSK${'A'.repeat(120)}`],
  },
  'aws.bedrock-short-term-api-key': {
    positive: [
      `AWS_BEARER_TOKEN_BEDROCK=«bedrock-api-key-${Buffer.from(`bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=ASIA${fake(BASE32_UPPER, 16, 'br2')}&X-Amz-Security-Token=${fakeMixed(B62, 200, 'br3')}&X-Amz-Signature=${fake(HEX, 64, 'br4')}&Version=1`).toString('base64')}»`,
    ],
    negative: ['bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t'],
  },
  'aws.mws-auth-token': {
    positive: [`MWS_AUTH_TOKEN=«amzn.mws.${fakeUuid('mws')}»`],
    negative: ['MWS_AUTH_TOKEN=amzn.mws.xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  },
  'aws.eks-token': {
    positive: [
      `    token: «k8s-aws-v1.${Buffer.from(`https://sts.eu-west-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Credential=AKIA${fake(BASE32_UPPER, 16, 'eks')}&X-Amz-Signature=${fake(HEX, 64, 'eks-sig')}`).toString('base64url')}»`,
    ],
    negative: ['token: k8s-aws-v1.'],
  },
};
