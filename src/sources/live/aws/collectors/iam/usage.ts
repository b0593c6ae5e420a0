/**
 * IAM usage reads: server certificates, and service last-accessed data per principal. The latter is an
 * asynchronous IAM job (GenerateServiceLastAccessedDetails, then GetServiceLastAccessedDetails until it
 * completes), one per user and role; a job that fails or does not finish in time leaves that principal's
 * data unknown rather than empty.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import { GenerateServiceLastAccessedDetailsCommand, GetServiceLastAccessedDetailsCommand, ListServerCertificatesCommand, type ServiceLastAccessed } from '@aws-sdk/client-iam';
import type { Value } from '../../../../../model/core/index.js';
import type { IamServerCertificate, ServiceLastAccess } from '../../../../../model/aws/iam.js';
import { apiUnknown, apiValue, type CollectorContext, liveOrigin } from '../../collector.js';
import { iso, PAGE_SIZE } from './util.js';

export const LIST_CERTS = 'iam:ListServerCertificates';
export const GENERATE_LAST_ACCESSED = 'iam:GenerateServiceLastAccessedDetails';
export const GET_LAST_ACCESSED = 'iam:GetServiceLastAccessedDetails';

/** Polls before giving up on a job (IAM usually completes within seconds); waits double from 200 ms to 2 s. */
const JOB_ATTEMPTS = 8;
const FIRST_WAIT_MS = 200;
const MAX_WAIT_MS = 2000;

export async function collectServerCertificates(ctx: CollectorContext, iam: IAMClient): Promise<void> {
  const r = await ctx.paginate(LIST_CERTS, async (m) => {
    const o = await iam.send(new ListServerCertificatesCommand({ Marker: m, MaxItems: PAGE_SIZE }));
    return { items: o.ServerCertificateMetadataList ?? [], next: o.IsTruncated ? o.Marker : undefined };
  });
  if (!r.ok) return;
  const src = ctx.prov(LIST_CERTS);
  for (const c of r.value) {
    const name = c.ServerCertificateName ?? c.Arn ?? 'certificate';
    const cert: IamServerCertificate = {
      uid: c.Arn ?? `arn:aws:iam::${ctx.account}:server-certificate/${name}`, type: 'aws.iam.server-certificate', provider: 'aws', account: ctx.account, name,
      tags: { kind: 'unresolvable', value: undefined, source: src, reason: 'server certificate tags need ListServerCertificateTags, not read' },
      properties: { certificateName: apiValue(name, src), expiration: apiValue(iso(c.Expiration), src), uploadDate: apiValue(iso(c.UploadDate), src) },
      origin: liveOrigin(LIST_CERTS), source: src,
    };
    ctx.emit(cert);
  }
}

function toModel(s: ServiceLastAccessed): ServiceLastAccess {
  return { namespace: s.ServiceNamespace ?? s.ServiceName ?? 'unknown', lastAuthenticated: iso(s.LastAuthenticated) };
}

/** The principal's service last-accessed report. */
export async function readServicesLastAccessed(ctx: CollectorContext, iam: IAMClient, arn: string): Promise<Value<readonly ServiceLastAccess[]>> {
  const gsrc = ctx.prov(GENERATE_LAST_ACCESSED);
  const job = await ctx.call(GENERATE_LAST_ACCESSED, () => iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: arn })), { resourceId: arn });
  if (!job.ok) return apiUnknown(job, gsrc);
  const JobId = job.value.JobId ?? '';
  const src = ctx.prov(GET_LAST_ACCESSED);
  for (let i = 0, wait = FIRST_WAIT_MS; i < JOB_ATTEMPTS; i++, wait = Math.min(wait * 2, MAX_WAIT_MS)) {
    const first = await ctx.call(GET_LAST_ACCESSED, () => iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: PAGE_SIZE })), { resourceId: arn });
    if (!first.ok) return apiUnknown(first, src);
    if (first.value.JobStatus === 'FAILED') return { kind: 'unresolvable', value: undefined, source: src, reason: `the last-accessed job failed: ${first.value.Error?.Message ?? 'no reason given'}` };
    if (first.value.JobStatus === 'COMPLETED') {
      const all = await ctx.paginate(GET_LAST_ACCESSED, async (m) => {
        const o = m === undefined ? first.value : await iam.send(new GetServiceLastAccessedDetailsCommand({ JobId, MaxItems: PAGE_SIZE, Marker: m }));
        return { items: o.ServicesLastAccessed ?? [], next: o.IsTruncated ? o.Marker : undefined };
      });
      return all.ok ? apiValue(all.value.map(toModel), src) : apiUnknown(all, src);
    }
    await new Promise((r) => setTimeout(r, wait));
  }
  return { kind: 'unresolvable', value: undefined, source: src, reason: `the last-accessed job for ${arn} did not complete after ${JOB_ATTEMPTS} polls` };
}
