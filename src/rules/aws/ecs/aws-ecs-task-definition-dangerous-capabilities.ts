import { defineRule } from '../../kit/index.js';
import { judgeContainers } from '../../kit/aws-ecs-containers.js';

/** Capabilities that hand the container control of the host's mounts, kernel or network stack. */
const DANGEROUS = ['SYS_ADMIN', 'NET_ADMIN', 'ALL'];

export default defineRule({
  id: 'aws-ecs-task-definition-dangerous-capabilities',
  title: 'ECS container adds the SYS_ADMIN or NET_ADMIN capability',
  severity: 'high',
  provider: 'aws',
  service: 'ecs',
  resourceType: 'aws.ecs.task-definition',
  description: 'Containers of an ECS task definition should not add the Linux capabilities SYS_ADMIN or NET_ADMIN (or ALL) through `linuxParameters.capabilities.add`.',
  risk: 'SYS_ADMIN allows mounting file systems and most known container escapes; NET_ADMIN lets the container rewrite routing and firewall rules and sniff or redirect the host\'s traffic.',
  remediation: {
    cli: 'aws ecs register-task-definition --cli-input-json file://taskdef.json   # without SYS_ADMIN / NET_ADMIN in linuxParameters.capabilities.add',
    terraform: `container_definitions = jsonencode([{
  name            = "app"
  image           = "public.ecr.aws/acme/app:1.4.2"
  linuxParameters = { capabilities = { drop = ["ALL"] } }
}])`,
    cloudformation: `ContainerDefinitions:
  - Name: app
    LinuxParameters:
      Capabilities:
        Drop: [ALL]`,
    console: 'ECS > Task definitions > the family > Create new revision (JSON) > remove SYS_ADMIN and NET_ADMIN from linuxParameters.capabilities.add.',
  },
  references: ['https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html', 'https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  evaluate(td) {
    return judgeContainers(
      td,
      'capabilitiesAdded',
      (c) => c.capabilitiesAdded,
      (caps) => {
        const bad = caps.map((c) => c.toUpperCase().replace(/^CAP_/, '')).filter((c) => DANGEROUS.includes(c));
        return bad.length === 0 ? true : `adds the ${bad.join(', ')} capabilit${bad.length > 1 ? 'ies' : 'y'}`;
      },
      'no container adds SYS_ADMIN or NET_ADMIN',
    );
  },
});
