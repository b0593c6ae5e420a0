import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REDACTED, redactSecrets, redactValue, isSecretKeyName } from './redact.js';

const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

test('redacts AWS access key ids (long-term and temporary)', () => {
  assert.equal(redactSecrets('key AKIAIOSFODNN7EXAMPLE used'), `key ${REDACTED} used`);
  assert.equal(redactSecrets('ASIAY34FZKBOKMUTVV7A'), REDACTED);
});

test('redacts a 40-char secret access key next to a key word', () => {
  assert.equal(redactSecrets(`aws_secret_access_key = ${SECRET_KEY}`), `aws_secret_access_key = ${REDACTED}`);
  assert.ok(!redactSecrets(`the AWS secret key is ${SECRET_KEY}.`).includes(SECRET_KEY));
  assert.ok(!redactSecrets(`"SecretAccessKey": "${SECRET_KEY}"`).includes(SECRET_KEY));
});

test('redacts private key blocks, terminated or cut off', () => {
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nabc==\n-----END RSA PRIVATE KEY-----';
  assert.equal(redactSecrets(`before\n${pem}\nafter`), `before\n${REDACTED}\nafter`);
  assert.equal(redactSecrets('x -----BEGIN PRIVATE KEY-----\nMIIEvQ'), `x ${REDACTED}`);
  assert.equal(redactSecrets('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----'), REDACTED);
});

test('redacts key=value and quoted pairs with secret key words', () => {
  assert.equal(redactSecrets('DB_PASSWORD=hunter2 PORT=5432'), `DB_PASSWORD=${REDACTED} PORT=5432`);
  assert.equal(redactSecrets('password: "s3cr3t!"'), `password: "${REDACTED}"`);
  assert.equal(redactSecrets('{"api_key": "abc123def", "region": "eu-west-1"}'), `{"api_key": "${REDACTED}", "region": "eu-west-1"}`);
  assert.equal(redactSecrets("{'client_secret': 'x\\'y'}"), `{'client_secret': '${REDACTED}'}`);
  assert.equal(redactSecrets('https://host/cb?token=abcdef123456&x=1'), `https://host/cb?token=${REDACTED}&x=1`);
  assert.equal(redactSecrets('export GITHUB_TOKEN=ghp_abcdefghijklmnop'), `export GITHUB_TOKEN=${REDACTED}`);
  assert.equal(redactSecrets('password = "two words here"'), `password = "${REDACTED}"`);
  assert.equal(redactSecrets('{\\"password\\":\\"hunter2\\",\\"user\\":\\"bob\\"}'), `{\\"password\\":\\"${REDACTED}\\",\\"user\\":\\"bob\\"}`);
  assert.equal(redactSecrets('{"token": "a\\"b", "n": 1}'), `{"token": "${REDACTED}", "n": 1}`);
  assert.equal(redactSecrets('password: ""'), 'password: ""', 'nothing to hide');
});

test('redacts bearer tokens and connection-string passwords', () => {
  assert.equal(redactSecrets('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIx.sig'), `Authorization: Bearer ${REDACTED}`);
  assert.equal(redactSecrets('postgres://admin:p%40ss@db.internal:5432/app'), `postgres://admin:${REDACTED}@db.internal:5432/app`);
  assert.equal(redactSecrets('mongodb+srv://u:pw@cluster0/x'), `mongodb+srv://u:${REDACTED}@cluster0/x`);
});

test('leaves ordinary rule messages, ARNs and metadata alone', () => {
  const keep = [
    'The account password policy requires 14 characters',
    'hasConsolePassword=true and passwordReusePrevention=24',
    'minimumPasswordLength: 14',
    'arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-pass-AbCdEf',
    'arn:aws:iam::111122223333:role/token-reader',
    'postgres://admin@db.internal/app',
    'https://example.com/docs/secrets',
    'secretsEncryption: false',
    'passwordLastUsed: 2024-05-01T10:00:00Z',
    'kms_key_id = arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    'commit 0123456789abcdef0123456789abcdef01234567 changed main.tf',
    'AKIA is the prefix of an access key id',
    '',
  ];
  for (const s of keep) assert.equal(redactSecrets(s), s, s);
});

test('redaction is idempotent', () => {
  const once = redactSecrets(`password=abc AKIAIOSFODNN7EXAMPLE Bearer abcdefghijkl secret ${SECRET_KEY}`);
  assert.equal(redactSecrets(once), once);
  assert.ok(!once.includes('abcdefghijkl') && !once.includes(SECRET_KEY));
});

test('redactValue: sensitive values are replaced whole, others walked', () => {
  assert.equal(redactValue('anything', true), REDACTED);
  assert.equal(redactValue({ a: 1 }, true), REDACTED);
  assert.equal(redactValue(undefined, true), undefined);
  assert.equal(redactValue(42), 42);
  assert.equal(redactValue(true), true);
  const input = { env: { DB_PASSWORD: 'hunter22', MODE: 'prod', TOKEN_TTL: 300 }, notes: ['Bearer abcdefghijk'], hasConsolePassword: true };
  assert.deepEqual(redactValue(input), { env: { DB_PASSWORD: REDACTED, MODE: 'prod', TOKEN_TTL: 300 }, notes: [`Bearer ${REDACTED}`], hasConsolePassword: true });
  assert.equal(input.env.DB_PASSWORD, 'hunter22', 'input is not modified');
});

test('isSecretKeyName separates secrets from metadata about them', () => {
  for (const k of ['password', 'DB_PASSWORD', 'secretKey', 'apiKey', 'auth_token', 'client-secret']) assert.ok(isSecretKeyName(k), k);
  for (const k of ['passwordLastUsed', 'secretArn', 'tokenExpiry', 'maxPasswordAge', 'region', 'secretsEncryption', 'kmsKeyId']) assert.ok(!isSecretKeyName(k), k);
});

test('setting values that only look like secret assignments stay readable', () => {
  assert.equal(redactSecrets('IMDSv1 is allowed (http_tokens = "optional")'), 'IMDSv1 is allowed (http_tokens = "optional")');
  assert.equal(redactSecrets('metadata_tokens: required'), 'metadata_tokens: required');
});
