import { defineDetection } from '../../kit/detection.js';
import { callEvenViaService, param, paramStr, who } from '../../kit/aws-a-events.js';

/** Sessions longer than the 1-hour default are worth a look; 12 hours is the maximum. */
const DEFAULT_SECONDS = 3600;

export default defineDetection({
  id: 'aws-cloudtrail-role-max-session-raised',
  kind: 'event',
  services: ['iam'],
  actions: ['UpdateRole', 'CreateRole'],
  title: 'Role maximum session duration raised',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Persistence', technique: 'T1098', techniqueName: 'Account Manipulation' },
  description: `A role's maximum session duration was set above the ${DEFAULT_SECONDS / 3600}-hour default (UpdateRole, or CreateRole). Credentials of its sessions then live up to 12 hours: a stolen session keeps working long after the theft, and revoking it takes an explicit deny.`,
  falsePositives: 'Long batch jobs and people who work in one console session all day; usually set by infrastructure code when the role is made.',
  references: ['https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateRole.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_revoke-sessions.html'],
  match(e) {
    if (!callEvenViaService(e, 'iam', ['UpdateRole', 'CreateRole'])) return undefined;
    const raw = param(e, 'maxSessionDuration');
    const seconds = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
    if (!Number.isFinite(seconds) || seconds <= DEFAULT_SECONDS) return undefined;
    return `${who(e)} let sessions of role ${paramStr(e, 'roleName') ?? '(unnamed)'} last ${Math.round((seconds / 3600) * 10) / 10} hours`;
  },
});
