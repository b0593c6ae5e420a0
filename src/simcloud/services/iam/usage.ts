/**
 * IAM usage data: server certificates (ListServerCertificates) and service last-accessed reports
 * (GenerateServiceLastAccessedDetails / GetServiceLastAccessedDetails). The services of a report are those
 * the principal's policies grant by name (`s3:GetObject` grants s3; a bare `*` or NotAction names no
 * service and adds none), as IAM computes them; when the world does not say when a service was last used,
 * it is the principal's last activity (role last use, or a user's latest sign-in or key use), so a busy
 * principal looks like one that uses what it holds and only declared gaps stand out.
 */
import { randomUUID } from 'node:crypto';
import type { OperationHandler } from '../../service.js';
import { SimError } from '../../service.js';
import { listOutput } from './page.js';
import { iamSection, param } from './state.js';
import type { IamSection, InlinePolicyState, AttachedPolicyState, ServiceLastAccessedState } from './state.js';

type Raw = Record<string, unknown>;

interface Principal { arn: string; inline: InlinePolicyState[]; attached: AttachedPolicyState[]; declared: ServiceLastAccessedState[]; lastActivity: string | undefined }

const latest = (times: (string | undefined)[]): string | undefined => times.filter((t): t is string => t !== undefined).sort().at(-1);

function principalOf(s: IamSection, arn: string): Principal {
  const role = s.Roles.find((r) => r.Arn === arn);
  if (role) return { arn, inline: role.RolePolicyList, attached: role.AttachedManagedPolicies, declared: role.ServiceLastAccessed ?? [], lastActivity: role.RoleLastUsed.LastUsedDate };
  const user = s.Users.find((u) => u.Arn === arn);
  if (user) {
    const groups = s.Groups.filter((g) => user.GroupList.includes(g.GroupName));
    return {
      arn,
      inline: [...user.UserPolicyList, ...groups.flatMap((g) => g.GroupPolicyList)],
      attached: [...user.AttachedManagedPolicies, ...groups.flatMap((g) => g.AttachedManagedPolicies)],
      declared: user.ServiceLastAccessed ?? [],
      lastActivity: latest([user.PasswordLastUsed, ...user.AccessKeys.map((k) => k.LastUsed?.LastUsedDate)]),
    };
  }
  const group = s.Groups.find((g) => g.Arn === arn);
  if (group) return { arn, inline: group.GroupPolicyList, attached: group.AttachedManagedPolicies, declared: [], lastActivity: undefined };
  throw new SimError('NoSuchEntity', `The entity with ARN ${arn} cannot be found.`, 404);
}

/** Service namespaces named by the Allow statements of a policy document. */
function namespaces(json: string): string[] {
  try {
    const doc = JSON.parse(json) as { Statement?: unknown };
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return (statements as Raw[]).filter((st) => st?.['Effect'] === 'Allow').flatMap((st) => {
      const actions = st['Action'];
      return (Array.isArray(actions) ? actions : actions === undefined ? [] : [actions]).map(String).filter((a) => a.includes(':')).map((a) => a.slice(0, a.indexOf(':')).toLowerCase());
    });
  } catch {
    return [];
  }
}

function report(s: IamSection, arn: string): Record<string, unknown>[] {
  const p = principalOf(s, arn);
  const docs = [
    ...p.inline.map((i) => i.PolicyDocument),
    ...p.attached.flatMap((a) => {
      const m = s.Policies.find((x) => x.Arn === a.PolicyArn) ?? s.AwsManagedPolicies.find((x) => x.Arn === a.PolicyArn);
      const v = m?.PolicyVersionList.find((x) => x.IsDefaultVersion);
      return v ? [v.Document] : [];
    }),
  ];
  const granted = new Set([...docs.flatMap(namespaces), ...p.declared.map((d) => d.ServiceNamespace)]);
  return [...granted].sort().map((ns) => {
    const declared = p.declared.find((d) => d.ServiceNamespace === ns);
    const at = declared ? declared.LastAuthenticated : p.lastActivity;
    return { ServiceName: ns, ServiceNamespace: ns, TotalAuthenticatedEntities: at ? 1 : 0, ...(at ? { LastAuthenticated: at, LastAuthenticatedEntity: p.arn } : {}) };
  });
}

export const usageOperations: Record<string, OperationHandler> = {
  ListServerCertificates: (input, ctx) => {
    const s = iamSection(ctx.account);
    const prefix = typeof input['PathPrefix'] === 'string' ? input['PathPrefix'] : '/';
    return listOutput('ServerCertificateMetadataList', s.ServerCertificates.filter((c) => c.Path.startsWith(prefix)), input);
  },
  GenerateServiceLastAccessedDetails: (input, ctx) => {
    const s = iamSection(ctx.account);
    const arn = param(input, 'Arn');
    principalOf(s, arn);
    const id = randomUUID();
    (s.LastAccessedJobs ??= {})[id] = arn;
    return { JobId: id };
  },
  GetServiceLastAccessedDetails: (input, ctx) => {
    const s = iamSection(ctx.account);
    const id = param(input, 'JobId');
    const arn = s.LastAccessedJobs?.[id];
    if (arn === undefined) throw new SimError('NoSuchEntity', `Job ${id} not found.`, 404);
    const now = new Date().toISOString();
    // Reports complete at once in simcloud; clients still see the COMPLETED status they poll for.
    return { JobStatus: 'COMPLETED', JobType: 'SERVICE_LEVEL', JobCreationDate: now, JobCompletionDate: now, ...listOutput('ServicesLastAccessed', report(s, arn), input) };
  },
};
