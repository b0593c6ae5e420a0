import { defineRule, evidence, fail, pass, unknown } from '../../kit/index.js';
import { isKnown } from '../../../model/core/index.js';
import type { Ec2Instance } from '../../../model/aws/ec2.js';

export default defineRule({
  id: 'aws-ssm-instance-agent-offline',
  title: 'Managed instance has lost contact with Systems Manager',
  severity: 'low',
  provider: 'aws',
  service: 'ssm',
  resourceType: 'aws.ssm.managed-instance',
  description: 'The SSM Agent of a managed instance should be Online. ConnectionLost or Inactive means Patch Manager, Inventory and Run Command no longer reach it, so its patch state freezes.',
  risk: 'An instance that silently drops out of Systems Manager stops being patched and inventoried, and its last (possibly good) compliance state stays on the dashboards.',
  remediation: {
    cli: 'aws ssm describe-instance-information --filters Key=InstanceIds,Values=INSTANCE_ID  # then check the agent service, its IAM instance profile (AmazonSSMManagedInstanceCore) and the route to the SSM endpoints',
    console: 'Systems Manager > Fleet Manager > the node > check Ping status; run the AWSSupport-TroubleshootManagedInstance runbook.',
  },
  references: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/troubleshooting-managed-nodes.html'],
  evaluate(mi, ctx) {
    // A stopped instance cannot ping; that is its state, not a broken agent.
    const uid = mi.properties.instanceUid;
    const ec2 = isKnown(uid) && uid.value !== null ? (ctx.get(uid.value) as Ec2Instance | undefined) : undefined;
    if (ec2?.type === 'aws.ec2.instance' && isKnown(ec2.properties.state) && /^stop/.test(ec2.properties.state.value)) return undefined;
    const ping = mi.properties.pingStatus;
    const ev = evidence('pingStatus', ping);
    if (!isKnown(ping)) return unknown(`the agent's ping status could not be read: ${ping.reason ?? 'unresolvable'}`, ev);
    return ping.value === 'Online' ? pass('the SSM Agent is online', ev) : fail(`the SSM Agent is ${ping.value}`, ev);
  },
});
