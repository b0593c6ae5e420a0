import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { S3Client, ListBucketsCommand } from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import { startSimcloud } from './testing.js';
import type { RunningSimcloud } from './testing.js';
import { canonicalRequest, sign } from './sigv4.js';
import type { AuthInfo } from './sigv4.js';

class Sha256 {
  private readonly h;
  constructor(secret?: unknown) {
    this.h = secret ? createHmac('sha256', secret as string) : createHash('sha256');
  }
  update(d: Uint8Array | string) {
    this.h.update(d);
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.h.digest()));
  }
}

const FORM = 'Action=GetCallerIdentity&Version=2011-06-15';

describe('SigV4 verification', () => {
  let sim: RunningSimcloud;
  const host = () => new URL(sim.endpoint).host;
  before(async () => {
    sim = await startSimcloud({ accounts: [{ id: '111111111111' }] });
  });
  after(() => sim.close());

  async function signed(body: string, secret = sim.credentials.secretAccessKey) {
    const signer = new SignatureV4({ credentials: { accessKeyId: sim.credentials.accessKeyId, secretAccessKey: secret }, region: 'us-east-1', service: 'sts', sha256: Sha256 });
    return signer.sign({ method: 'POST', protocol: 'http:', hostname: '127.0.0.1', port: Number(new URL(sim.endpoint).port), path: '/', query: {}, headers: { host: host(), 'content-type': 'application/x-www-form-urlencoded' }, body });
  }

  it('computes the same signature as the SDK signer (double-encoded and S3 raw paths)', async () => {
    for (const service of ['execute-api', 's3']) {
      const signer = new SignatureV4({ credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }, region: 'eu-west-1', service, sha256: Sha256, uriEscapePath: service !== 's3' });
      const path = '/a%20b/c%2Bd/~x';
      const req = await signer.sign(
        { method: 'GET', protocol: 'http:', hostname: 'example.com', path, query: { b: '2', a: ['1', '0'], 'sp ace': 'v/w' }, headers: { host: 'example.com', 'x-amz-meta-x': '  two   spaces ' } },
        { signingDate: new Date('2015-08-30T12:36:00Z') },
      );
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
      const m = /Credential=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]+)/.exec(headers.authorization!)!;
      const scope = m[1]!.split('/').slice(1).join('/');
      const auth: AuthInfo = { accessKeyId: 'AKIDEXAMPLE', amzDate: headers['x-amz-date']!, scope, region: 'eu-west-1', service, signedHeaders: m[2]!.split(';'), signature: m[3]!, presigned: false };
      const rawQuery = 'b=2&a=1&a=0&sp%20ace=v%2Fw';
      const canonical = canonicalRequest({ method: 'GET', rawPath: path, rawQuery, headers, body: Buffer.alloc(0) }, auth);
      assert.equal(canonical.split('\n')[1], service === 's3' ? path : '/a%2520b/c%252Bd/~x');
      assert.equal(sign('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', auth, canonical), m[3], service);
    }
  });

  it('accepts requests the real SDK signs (query and S3 signing)', async () => {
    const sts = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: sim.credentials });
    assert.equal((await sts.send(new GetCallerIdentityCommand({}))).Account, '111111111111');
    const s3 = new S3Client({ endpoint: sim.endpoint, region: 'eu-west-1', credentials: sim.credentials, maxAttempts: 1 });
    assert.ok(Array.isArray((await s3.send(new ListBucketsCommand({}))).Buckets));
  });

  it('accepts a correctly signed raw request and rejects a tampered body', async () => {
    const ok = await signed(FORM);
    const good = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: ok.headers as Record<string, string>, body: FORM });
    assert.equal(good.status, 200);
    const bad = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: ok.headers as Record<string, string>, body: FORM.replace('2011', '2012') });
    assert.equal(bad.status, 403);
    assert.match(await bad.text(), /<Code>SignatureDoesNotMatch<\/Code>/);
    // Without the payload-hash header the body hash is computed by the server and still covered.
    const noHash = { ...(ok.headers as Record<string, string>) };
    delete noHash['x-amz-content-sha256'];
    const stripped = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: noHash, body: FORM });
    assert.equal(stripped.status, 403);
    const tamperedHeader = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: { ...(ok.headers as Record<string, string>), 'x-amz-date': (ok.headers as Record<string, string>)['x-amz-date']!.replace(/\d\dZ$/, (x) => (x === '00Z' ? '01Z' : '00Z')) }, body: FORM });
    assert.equal(tamperedHeader.status, 403);
    const otherDay = await fetch(`${sim.endpoint}/`, { method: 'POST', headers: { ...(ok.headers as Record<string, string>), 'x-amz-date': '20200101T000000Z' }, body: FORM });
    assert.equal(otherDay.status, 400);
    assert.match(await otherDay.text(), /IncompleteSignature/);
  });

  it('rejects a wrong secret and an unknown key', async () => {
    const wrong = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { ...sim.credentials, secretAccessKey: 'nope' }, maxAttempts: 1 });
    await assert.rejects(wrong.send(new GetCallerIdentityCommand({})), (e: Error & { $metadata: { httpStatusCode: number } }) => e.name === 'SignatureDoesNotMatch' && e.$metadata.httpStatusCode === 403);
    const unknown = new STSClient({ endpoint: sim.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKIANOTINTHEWORLD00', secretAccessKey: 'x' }, maxAttempts: 1 });
    await assert.rejects(unknown.send(new GetCallerIdentityCommand({})), (e: Error) => e.name === 'InvalidClientTokenId');
    const s3 = new S3Client({ endpoint: sim.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'AKIANOTINTHEWORLD00', secretAccessKey: 'x' }, maxAttempts: 1, forcePathStyle: true });
    await assert.rejects(s3.send(new ListBucketsCommand({})), (e: Error) => e.name === 'InvalidAccessKeyId');
  });

  it('accepts presigned query requests and rejects unsigned ones', async () => {
    const signer = new SignatureV4({ credentials: sim.credentials, region: 'us-east-1', service: 'sts', sha256: Sha256 });
    const req = await signer.presign({ method: 'GET', protocol: 'http:', hostname: '127.0.0.1', path: '/', query: { Action: 'GetCallerIdentity', Version: '2011-06-15' }, headers: { host: host() } }, { expiresIn: 60 });
    const qs = Object.entries(req.query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');
    const res = await fetch(`${sim.endpoint}/?${qs}`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /<Account>111111111111<\/Account>/);
    const unsigned = await fetch(`${sim.endpoint}/?Action=GetCallerIdentity&Version=2011-06-15`);
    assert.equal(unsigned.status, 403);
    assert.match(await unsigned.text(), /MissingAuthenticationToken/);
  });
});
