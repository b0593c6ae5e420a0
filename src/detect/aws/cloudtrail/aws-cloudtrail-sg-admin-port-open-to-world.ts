import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { describeOpening, exposesAdmin, worldOpenings } from '../../kit/aws-b-network.js';

export default defineDetection({
  id: 'aws-cloudtrail-sg-admin-port-open-to-world',
  kind: 'event',
  services: ['ec2'],
  actions: ['AuthorizeSecurityGroupIngress', 'ModifySecurityGroupRules'],
  title: 'A security group opened an admin or database port to the internet',
  severity: 'high',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'An ingress rule from 0.0.0.0/0 or ::/0 to a remote-administration or database port (SSH, RDP, SMB, MySQL, PostgreSQL, Redis, ...), to every port, or to all protocols: a backdoor for an intruder, and the first thing internet scanners find.',
  falsePositives: 'Short-lived debugging by an engineer. Use Session Manager or a bastion with a narrow range instead, and remove the rule.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'AuthorizeSecurityGroupIngress', 'ModifySecurityGroupRules')) return undefined;
    const admin = worldOpenings(e).filter(exposesAdmin);
    if (admin.length === 0) return undefined;
    const group = asString(req(e, 'groupId')) ?? asString(req(e, 'groupName')) ?? asString(req(e, 'ModifySecurityGroupRulesRequest', 'GroupId')) ?? '(unnamed)';
    return `${who(e)} opened ${admin.map(describeOpening).join(', ')} on security group ${group}`;
  },
});
