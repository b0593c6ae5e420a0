import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditActor, AuditEvent } from '../../model/audit/event.js';
import { accessDenied, callEvenViaService, isPublicIp, otherUser, param, readOnly, sessionName, succeeded, who } from './aws-a-events.js';

// Normalized events built by hand: detect/ may not import the CloudTrail normalizer (a source).
const iamUser = (name: string): AuditActor => ({ type: 'IAMUser', id: `arn:aws:iam::111122223333:user/${name}`, name, arn: `arn:aws:iam::111122223333:user/${name}`, accountId: '111122223333', mfa: null });
const root = (): AuditActor => ({ type: 'Root', id: 'arn:aws:iam::111122223333:root', name: 'root', arn: 'arn:aws:iam::111122223333:root', accountId: '111122223333', mfa: null });
const awsService = (service: string): AuditActor => ({ type: 'AWSService', id: service, name: service, invokedBy: service, mfa: null });
const assumedRole = (role: string, session: string): AuditActor => ({ type: 'AssumedRole', id: `arn:aws:iam::111122223333:role/${role}`, name: `${role}/${session}`, arn: `arn:aws:sts::111122223333:assumed-role/${role}/${session}`, accountId: '111122223333', session, mfa: false });

interface Over {
  userIdentity?: AuditActor;
  requestParameters?: Record<string, unknown>;
  responseElements?: Record<string, unknown>;
  errorCode?: string;
  sourceIPAddress?: string;
  readOnly?: boolean | null;
}
const ev = (source: string, name: string, o: Over = {}): AuditEvent => ({
  id: 'evt-1', time: 0, provider: 'aws', account: '111122223333', actor: o.userIdentity ?? iamUser('maria'), service: source.replace(/\.amazonaws\.com$/, ''), action: name,
  readOnly: o.readOnly === undefined ? false : o.readOnly, resources: [], origin: { file: 't', index: 0 },
  ...(o.requestParameters ? { request: o.requestParameters } : {}), ...(o.responseElements ? { response: o.responseElements } : {}),
  ...(o.errorCode ? { errorCode: o.errorCode } : {}), ...(o.sourceIPAddress ? { sourceIp: o.sourceIPAddress } : {}),
});

test('param reads lower- and upper-case first letters', () => {
  const e = ev('sso.amazonaws.com', 'X', { requestParameters: { ManagedPolicyArn: 'a', instanceArn: 'b' } });
  assert.equal(param(e, 'managedPolicyArn'), 'a');
  assert.equal(param(e, 'InstanceArn'), 'b');
  assert.equal(param(e, 'missing'), undefined);
});

test('succeeded: error codes and failed sign-ins are failures', () => {
  assert.ok(succeeded(ev('iam.amazonaws.com', 'CreateUser')));
  assert.ok(!succeeded(ev('iam.amazonaws.com', 'CreateUser', { errorCode: 'AccessDenied' })));
  assert.ok(!succeeded(ev('signin.amazonaws.com', 'ConsoleLogin', { responseElements: { ConsoleLogin: 'Failure' } })));
});

test('callEvenViaService: service, action, success, and not an AWS service principal', () => {
  assert.ok(callEvenViaService(ev('iam.amazonaws.com', 'CreateUser'), 'iam', ['CreateUser']));
  assert.ok(!callEvenViaService(ev('iam.amazonaws.com', 'CreateUser', { userIdentity: awsService('cloudformation.amazonaws.com') }), 'iam', ['CreateUser']));
  assert.ok(!callEvenViaService(ev('sts.amazonaws.com', 'CreateUser'), 'iam', ['CreateUser']));
});

test('otherUser: only a named user that is not the calling IAM user', () => {
  assert.equal(otherUser(ev('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: iamUser('bob') })), undefined);
  assert.equal(otherUser(ev('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: iamUser('bob'), requestParameters: { userName: 'bob' } })), undefined);
  assert.equal(otherUser(ev('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: iamUser('bob'), requestParameters: { userName: 'alice' } })), 'alice');
  assert.equal(otherUser(ev('iam.amazonaws.com', 'CreateAccessKey', { userIdentity: assumedRole('bob', 's'), requestParameters: { userName: 'bob' } })), 'bob', 'a role named like the user is still someone else');
});

test('who names root as root and adds the source address', () => {
  assert.equal(who(ev('iam.amazonaws.com', 'X', { userIdentity: root(), sourceIPAddress: '203.0.113.1' })), 'root from 203.0.113.1');
  assert.equal(who(ev('iam.amazonaws.com', 'X', { userIdentity: iamUser('bob'), sourceIPAddress: 'AWS Internal' })), 'bob from AWS Internal');
});

test('isPublicIp: routable addresses only; service names, private and link-local ranges are not', () => {
  for (const ip of ['54.210.10.20', '185.220.101.44', '2600:1f18::1', '203.0.113.9']) assert.ok(isPublicIp(ip), ip);
  for (const ip of ['10.0.3.17', '172.20.1.1', '192.168.1.1', '100.64.0.1', '169.254.169.254', '127.0.0.1', 'fd00::1', 'fe80::1', 'ec2.amazonaws.com', 'AWS Internal', undefined]) assert.ok(!isPublicIp(ip), String(ip));
});

test('sessionName of assumed roles only', () => {
  assert.equal(sessionName(ev('s3.amazonaws.com', 'ListBuckets', { userIdentity: assumedRole('web', 'i-0a1b2c3d4e5f67890') })), 'i-0a1b2c3d4e5f67890');
  assert.equal(sessionName(ev('s3.amazonaws.com', 'ListBuckets', { userIdentity: iamUser('bob') })), undefined);
});

test('readOnly trusts the log flag, else the action name', () => {
  assert.ok(!readOnly(ev('ec2.amazonaws.com', 'DescribeInstances', { readOnly: false })));
  assert.ok(readOnly(ev('ec2.amazonaws.com', 'DescribeInstances', { readOnly: null })));
  assert.ok(!readOnly(ev('ec2.amazonaws.com', 'RunInstances', { readOnly: null })));
});

test('accessDenied: the permission errors, with or without the EC2 Client. prefix', () => {
  for (const c of ['AccessDenied', 'AccessDeniedException', 'Client.UnauthorizedOperation']) assert.ok(accessDenied(ev('x.amazonaws.com', 'Y', { errorCode: c })), c);
  for (const c of ['ThrottlingException', 'Client.RequestLimitExceeded', undefined]) assert.ok(!accessDenied(ev('x.amazonaws.com', 'Y', c ? { errorCode: c } : {})), String(c));
});
