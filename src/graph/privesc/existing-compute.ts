/**
 * Taking over compute that already runs as a role: replacing a Lambda function's code, running commands or a
 * shell on an instance through Systems Manager, or pushing an SSH key with EC2 Instance Connect. The principal
 * gains the role the compute runs as.
 *
 * Glue dev endpoints (glue:UpdateDevEndpoint) and existing SageMaker notebooks
 * (sagemaker:CreatePresignedNotebookInstanceUrl) belong here too, but the model holds neither resource yet, so
 * those two techniques are found only in their PassRole form (passrole.ts), where the compute is created.
 */
import { valueOr, type Resource } from '../../model/core/index.js';
import { roleOfInstanceProfile } from '../build-identity.js';
import { requireAll, type Escalation, type PrivescEnv, type Technique } from './types.js';

/** Instances with a role, and how the role was found. */
function instancesWithRoles(env: PrivescEnv, account: string | undefined): readonly { instance: Resource; role: Resource; how: string }[] {
  return env.ctx.memo(`instances-with-roles:${account ?? ''}`, () =>
    env.ctx.inAccount('aws.ec2.instance', account).flatMap((i) => {
      if (valueOr(i.properties.state, 'running') !== 'running') return [];
      const profile = valueOr(i.properties.iamInstanceProfile, null);
      const hit = profile ? roleOfInstanceProfile(env.ctx, profile, i.account) : undefined;
      return hit ? [{ instance: i as Resource, role: hit.role as Resource, how: hit.how }] : [];
    }),
  );
}

function onInstance(id: string, action: string, title: string, description: string): Technique {
  return {
    id,
    title,
    requires: [`${action} on an instance that has a role`],
    description,
    find: (p, env) => {
      if (!env.ctx.access.mayAllow(p, action)) return [];
      // One instance per role is enough to gain the role.
      const gained = new Set<string>();
      return instancesWithRoles(env, p.account).flatMap(({ instance, role, how }): Escalation[] => {
        if (role.uid === p.uid || gained.has(role.uid)) return [];
        const steps = requireAll(env, p, [[action, env.ctx.access.policies.arns.arnOf(instance)]]);
        if (!steps) return [];
        gained.add(role.uid);
        return [{ technique: id, principal: p, gain: { kind: 'principal', target: role }, certainty: 'proven', steps: [...steps, `${instance.name} runs as ${role.name} (${how})`] }];
      });
    },
  };
}

const lambdaUpdateCode: Technique = {
  id: 'lambda-update-code',
  title: "Replaces the code of a function that runs as a role",
  requires: ['lambda:UpdateFunctionCode on a function with an execution role'],
  description: "New code in an existing function runs with the function's role the next time it is invoked or triggered.",
  find: (p, env) =>
    env.ctx.inAccount('aws.lambda.function', p.account).flatMap((fn): Escalation[] => {
      const role = env.ctx.get(valueOr(fn.properties.role, ''));
      if (!role || role.type !== 'aws.iam.role' || role.uid === p.uid) return [];
      const steps = requireAll(env, p, [['lambda:UpdateFunctionCode', env.ctx.access.policies.arns.arnOf(fn)]]);
      return steps ? [{ technique: 'lambda-update-code', principal: p, gain: { kind: 'principal', target: role }, certainty: 'proven', steps: [...steps, `function ${fn.name} runs as ${role.name}`] }] : [];
    }),
};

export const EXISTING_COMPUTE_TECHNIQUES: readonly Technique[] = [
  lambdaUpdateCode,
  onInstance('ssm-send-command', 'ssm:SendCommand', 'Runs commands on an instance that has a role', 'SSM Run Command executes the principal’s script on the instance, where the instance role’s credentials are one metadata call away.'),
  onInstance('ssm-start-session', 'ssm:StartSession', 'Opens a shell on an instance that has a role', 'Session Manager gives the principal a shell on the instance, and with it the instance role’s credentials.'),
  onInstance('ec2-instance-connect', 'ec2-instance-connect:SendSSHPublicKey', 'Pushes an SSH key to an instance that has a role', 'EC2 Instance Connect installs the principal’s key for a minute; with network access to SSH it logs in and reads the role’s credentials.'),
];
