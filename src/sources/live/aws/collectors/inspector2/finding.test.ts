import { test } from 'node:test';
import assert from 'node:assert/strict';
import { affectedUid } from './finding.js';

const ACCOUNT = '222222222222';
const DIGEST = 'sha256:4f1d0000000000000000000000000000000000000000000000000000000000aa';

test('EC2: a bare instance id becomes the EC2 collector\'s ARN-like uid; an ARN is kept', () => {
  assert.equal(affectedUid({ type: 'AWS_EC2_INSTANCE', id: 'i-0ba57100000000a01', region: 'eu-west-1' }, ACCOUNT, 'us-east-1'), `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0ba57100000000a01`);
  assert.equal(affectedUid({ type: 'AWS_EC2_INSTANCE', id: 'i-0abc' }, ACCOUNT, 'us-east-1'), `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0abc`, 'the scanned region when the finding names none');
});

test('ECR: the image uid is `<repository ARN>@<digest>`, from the details or from the resource id', () => {
  const expected = `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/team/payments-api@${DIGEST}`;
  const id = `arn:aws:ecr:eu-west-1:${ACCOUNT}:repository/team/payments-api/${DIGEST}`;
  assert.equal(affectedUid({ type: 'AWS_ECR_CONTAINER_IMAGE', id, region: 'eu-west-1', details: { awsEcrContainerImage: { registry: ACCOUNT, repositoryName: 'team/payments-api', imageHash: DIGEST } } }, ACCOUNT, 'eu-west-1'), expected);
  assert.equal(affectedUid({ type: 'AWS_ECR_CONTAINER_IMAGE', id, region: 'eu-west-1' }, ACCOUNT, 'eu-west-1'), expected);
  const cn = `arn:aws-cn:ecr:cn-north-1:${ACCOUNT}:repository/app/${DIGEST}`;
  assert.equal(
    affectedUid({ type: 'AWS_ECR_CONTAINER_IMAGE', id: cn, region: 'cn-north-1', details: { awsEcrContainerImage: { registry: ACCOUNT, repositoryName: 'app', imageHash: DIGEST } } }, ACCOUNT, 'cn-north-1'),
    `arn:aws-cn:ecr:cn-north-1:${ACCOUNT}:repository/app@${DIGEST}`,
  );
});

test('Lambda: the version or alias qualifier is dropped (the Lambda collector\'s uid is the unqualified ARN)', () => {
  const arn = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:payments-webhook`;
  assert.equal(affectedUid({ type: 'AWS_LAMBDA_FUNCTION', id: `${arn}:$LATEST` }, ACCOUNT, 'eu-west-1'), arn);
  assert.equal(affectedUid({ type: 'AWS_LAMBDA_FUNCTION', id: `${arn}:prod` }, ACCOUNT, 'eu-west-1'), arn);
  assert.equal(affectedUid({ type: 'AWS_LAMBDA_FUNCTION', id: arn }, ACCOUNT, 'eu-west-1'), arn);
});
