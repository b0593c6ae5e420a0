/** IAM managed policies (customer and AWS-managed) and their versions. */
import type { OperationHandler } from '../../service.js';
import { SimError } from '../../service.js';
import { listOutput } from './page.js';
import { attachmentCount, encodeDocument, findPolicy, iamSection, param } from './state.js';
import type { IamSection, ManagedPolicyState, PolicyVersionState } from './state.js';

type In = Record<string, unknown>;

/** Permission-boundary uses of a policy (users and roles). */
function boundaryCount(s: IamSection, arn: string): number {
  return s.Users.filter((u) => u.PermissionsBoundary?.PermissionsBoundaryArn === arn).length + s.Roles.filter((r) => r.PermissionsBoundary?.PermissionsBoundaryArn === arn).length;
}

/** The `Policy` shape; ListPolicies leaves out the description, GetPolicy includes it. */
export function policyOut(s: IamSection, p: ManagedPolicyState, withDescription = false): Record<string, unknown> {
  return {
    PolicyName: p.PolicyName,
    PolicyId: p.PolicyId,
    Arn: p.Arn,
    Path: p.Path,
    DefaultVersionId: p.DefaultVersionId,
    AttachmentCount: attachmentCount(s, p.Arn),
    PermissionsBoundaryUsageCount: boundaryCount(s, p.Arn),
    IsAttachable: p.IsAttachable,
    ...(withDescription ? { Description: p.Description } : {}),
    CreateDate: p.CreateDate,
    UpdateDate: p.UpdateDate,
  };
}

export function versionOut(v: PolicyVersionState, withDocument: boolean): Record<string, unknown> {
  return { ...(withDocument ? { Document: encodeDocument(v.Document) } : {}), VersionId: v.VersionId, IsDefaultVersion: v.IsDefaultVersion, CreateDate: v.CreateDate };
}

function listPolicies(input: In, s: IamSection): Record<string, unknown> {
  const scope = typeof input['Scope'] === 'string' ? input['Scope'] : 'All';
  if (!['All', 'AWS', 'Local'].includes(scope)) throw new SimError('ValidationError', `1 validation error detected: Value '${scope}' at 'scope' failed to satisfy constraint: Member must satisfy enum value set: [All, AWS, Local]`, 400);
  const prefix = typeof input['PathPrefix'] === 'string' ? input['PathPrefix'] : '/';
  const onlyAttached = input['OnlyAttached'] === 'true' || input['OnlyAttached'] === true;
  // IAM lists AWS-managed policies before customer ones under All.
  const pool = [...(scope === 'Local' ? [] : s.AwsManagedPolicies), ...(scope === 'AWS' ? [] : s.Policies)];
  const items = pool.filter((p) => p.Path.startsWith(prefix) && (!onlyAttached || attachmentCount(s, p.Arn) > 0)).map((p) => policyOut(s, p));
  return listOutput('Policies', items, input);
}

export const policyOperations: Record<string, OperationHandler> = {
  ListPolicies: (input, ctx) => listPolicies(input, iamSection(ctx.account)),
  GetPolicy: (input, ctx) => {
    const s = iamSection(ctx.account);
    return { Policy: policyOut(s, findPolicy(s, param(input, 'PolicyArn')), true) };
  },
  ListPolicyVersions: (input, ctx) => {
    const p = findPolicy(iamSection(ctx.account), param(input, 'PolicyArn'));
    // Newest first, as IAM lists them.
    return listOutput('Versions', [...p.PolicyVersionList].reverse().map((v) => versionOut(v, false)), input);
  },
  GetPolicyVersion: (input, ctx) => {
    const p = findPolicy(iamSection(ctx.account), param(input, 'PolicyArn'));
    const id = param(input, 'VersionId');
    const v = p.PolicyVersionList.find((x) => x.VersionId === id);
    if (!v) throw new SimError('NoSuchEntity', `Policy ${p.Arn} version ${id} does not exist or is not attachable.`, 404);
    return { PolicyVersion: versionOut(v, true) };
  },
};
