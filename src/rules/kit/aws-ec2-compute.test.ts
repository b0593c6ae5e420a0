import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secretKindsIn } from './aws-ec2-compute.js';

// AWS's documented example credentials; not real.
test('secretKindsIn finds keys, private keys and literal passwords', () => {
  assert.deepEqual(secretKindsIn('export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE'), ['AWS access key id']);
  assert.ok(secretKindsIn('aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY').includes('AWS secret access key'));
  assert.deepEqual(secretKindsIn('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn'), ['private key']);
  assert.deepEqual(secretKindsIn('DB_PASSWORD=Sup3rS3cret!'), ['password or token literal']);
  assert.deepEqual(secretKindsIn('mysql -u app --password hunter2x'), ['password or token literal']);
  assert.deepEqual(secretKindsIn('api_key: "0123456789abcdef"'), ['password or token literal']);
});

test('secretKindsIn ignores references, keywords and prose', () => {
  for (const text of [
    'DB_PASSWORD=$(aws ssm get-parameter --name /app/db --with-decryption --query Parameter.Value --output text)',
    'DB_PASSWORD="${db_password}"',
    'password: "{{resolve:secretsmanager:app/db}}"',
    'sed -i "s/PasswordAuthentication yes/PasswordAuthentication no/" /etc/ssh/sshd_config',
    'echo "your token expires tomorrow"',
    'docker login --username AWS --password-stdin 111122223333.dkr.ecr.eu-west-1.amazonaws.com',
    'PASSWORD_FILE=/run/secrets/db',
    '#!/bin/bash\nyum install -y nginx',
  ]) {
    assert.deepEqual(secretKindsIn(text), [], text);
  }
});
