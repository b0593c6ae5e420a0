import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req } from '../../kit/aws-b-params.js';

const WINDOW_MINUTES = 10;
const SECRETS = 10;

export default defineDetection({
  id: 'aws-cloudtrail-secrets-bulk-read',
  kind: 'threshold',
  services: ['secretsmanager'],
  title: 'Many secrets read by one principal',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Credential Access', technique: 'T1555.006', techniqueName: 'Credentials from Password Stores: Cloud Secrets Management Stores' },
  description: `${SECRETS} or more distinct Secrets Manager secrets read (GetSecretValue, BatchGetSecretValue) by one principal within ${WINDOW_MINUTES} minutes: harvesting credentials, where an application reads the few secrets it needs.`,
  falsePositives: 'Secret-sync tools (External Secrets, CI pipelines that load many secrets at start). Their principals are stable roles; suppress them by principal.',
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/monitoring-cloudtrail.html'],
  filter: (e) => principalCall(e, 'secretsmanager', 'GetSecretValue', 'BatchGetSecretValue'),
  groupBy: (e) => e.actor.id,
  distinct(e) {
    if (e.action === 'GetSecretValue') return asString(req(e, 'secretId'));
    const ids = req(e, 'secretIdList');
    // BatchGetSecretValue by filter names no ids: the call itself counts once.
    return Array.isArray(ids) && ids.length > 0 ? ids.map(String) : `batch#${e.id}`;
  },
  threshold: SECRETS,
  windowMs: WINDOW_MINUTES * 60_000,
  message: (who, n) => `${who} read ${n} distinct secrets within ${WINDOW_MINUTES} minutes`,
});
