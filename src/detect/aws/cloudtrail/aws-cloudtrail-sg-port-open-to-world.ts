import { defineDetection } from '../../kit/detection.js';
import { asString, principalCall, req, who } from '../../kit/aws-b-params.js';
import { describeOpening, exposesAdmin, worldOpenings } from '../../kit/aws-b-network.js';

export default defineDetection({
  id: 'aws-cloudtrail-sg-port-open-to-world',
  kind: 'event',
  services: ['ec2'],
  actions: ['AuthorizeSecurityGroupIngress', 'ModifySecurityGroupRules'],
  title: 'A security group opened a service port to the internet',
  severity: 'low',
  provider: 'aws',
  mitre: { tactic: 'Defense Evasion', technique: 'T1562.007', techniqueName: 'Impair Defenses: Disable or Modify Cloud Firewall' },
  description: 'An ingress rule from 0.0.0.0/0 or ::/0 to a port that is not an admin or database port (web, mail, custom application ports). Often intended; recorded so new internet exposure is visible. Admin ports are reported by a separate high-severity detection.',
  falsePositives: 'Load balancers and public web servers. Expected for 80 and 443 on internet-facing tiers.',
  references: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  match(e) {
    if (!principalCall(e, 'ec2', 'AuthorizeSecurityGroupIngress', 'ModifySecurityGroupRules')) return undefined;
    const open = worldOpenings(e);
    // Rules that expose admin ports belong to the high-severity detection, not to both.
    if (open.length === 0 || open.some(exposesAdmin)) return undefined;
    const group = asString(req(e, 'groupId')) ?? asString(req(e, 'groupName')) ?? asString(req(e, 'ModifySecurityGroupRulesRequest', 'GroupId')) ?? '(unnamed)';
    return `${who(e)} opened ${open.map(describeOpening).join(', ')} on security group ${group}`;
  },
});
