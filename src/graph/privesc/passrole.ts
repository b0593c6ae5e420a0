/**
 * iam:PassRole to a service that then runs the principal's code as the passed role: a new EC2 instance, a new
 * Lambda function invoked directly or by an event source, a Glue dev endpoint or job, a CloudFormation stack,
 * a Data Pipeline, a CodeBuild project, a SageMaker notebook, training or processing job, or an ECS task. The
 * role must trust the service, PassRole must be allowed for that role with `iam:PassedToService` set to the
 * service (so a PassRole condition naming another service does not count), and every action that creates and
 * starts the compute must be allowed.
 */
import type { Resource } from '../../model/core/index.js';
import { principalArn } from '../access.js';
import { requireAll, type Escalation, type Technique } from './types.js';

interface PassRoleService {
  readonly id: string;
  readonly service: string;
  readonly label: string;
  readonly actions: readonly string[];
}

const SERVICES: readonly PassRoleService[] = [
  { id: 'passrole-ec2', service: 'ec2.amazonaws.com', label: 'a new EC2 instance (through an instance profile of the role)', actions: ['ec2:RunInstances'] },
  { id: 'passrole-lambda', service: 'lambda.amazonaws.com', label: 'a new Lambda function it invokes', actions: ['lambda:CreateFunction', 'lambda:InvokeFunction'] },
  { id: 'passrole-lambda-event-source', service: 'lambda.amazonaws.com', label: 'a new Lambda function triggered by an event source', actions: ['lambda:CreateFunction', 'lambda:CreateEventSourceMapping'] },
  { id: 'passrole-glue-dev-endpoint', service: 'glue.amazonaws.com', label: 'a new Glue development endpoint', actions: ['glue:CreateDevEndpoint'] },
  { id: 'passrole-glue-job', service: 'glue.amazonaws.com', label: 'a new Glue job', actions: ['glue:CreateJob', 'glue:StartJobRun'] },
  { id: 'passrole-cloudformation', service: 'cloudformation.amazonaws.com', label: 'a new CloudFormation stack', actions: ['cloudformation:CreateStack'] },
  { id: 'passrole-datapipeline', service: 'datapipeline.amazonaws.com', label: 'a new Data Pipeline', actions: ['datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition', 'datapipeline:ActivatePipeline'] },
  { id: 'passrole-codebuild', service: 'codebuild.amazonaws.com', label: 'a new CodeBuild project', actions: ['codebuild:CreateProject', 'codebuild:StartBuild'] },
  { id: 'passrole-sagemaker-notebook', service: 'sagemaker.amazonaws.com', label: 'a new SageMaker notebook instance', actions: ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'] },
  { id: 'passrole-sagemaker-training', service: 'sagemaker.amazonaws.com', label: 'a new SageMaker training job', actions: ['sagemaker:CreateTrainingJob'] },
  { id: 'passrole-sagemaker-processing', service: 'sagemaker.amazonaws.com', label: 'a new SageMaker processing job', actions: ['sagemaker:CreateProcessingJob'] },
  { id: 'passrole-ecs', service: 'ecs-tasks.amazonaws.com', label: 'a new ECS task', actions: ['ecs:RegisterTaskDefinition', 'ecs:RunTask'] },
];

function passRoleTechnique(s: PassRoleService): Technique {
  return {
    id: s.id,
    title: `Passes a role to ${s.label}`,
    requires: ['iam:PassRole on a role that trusts ' + s.service, ...s.actions.map((a) => `${a}`)],
    description: `With iam:PassRole and ${s.actions.join(' + ')}, the principal runs code of its choosing as any role it may pass to ${s.service}.`,
    find: (p, env) => {
      // The creation actions do not depend on the role: ask once, then PassRole per trusting role.
      const create = requireAll(env, p, s.actions.map((a) => [a, '*'] as const));
      if (!create) return [];
      return env.rolesTrusting(s.service).flatMap((r: Resource): Escalation[] => {
        if (r.uid === p.uid || r.account !== p.account) return [];
        const pass = requireAll(env, p, [['iam:PassRole', principalArn(r), { context: { 'iam:PassedToService': s.service } }]]);
        return pass ? [{ technique: s.id, principal: p, gain: { kind: 'principal', target: r }, certainty: 'proven', steps: [...pass, ...create, `role ${r.name} trusts ${s.service}`] }] : [];
      });
    },
  };
}

export const PASSROLE_TECHNIQUES: readonly Technique[] = SERVICES.map(passRoleTechnique);
