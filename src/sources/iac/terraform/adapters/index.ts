import type { Resource } from '../../../../model/core/index.js';
import type { InputError } from '../../../../shared/errors.js';
import type { TfProviderConfig, TfResourceInstance } from '../instance.js';
import { AdaptContext, type TfFramework } from './context.js';
import { adaptCompute } from './compute.js';
import { adaptData } from './data.js';
import { adaptEbs } from './ebs.js';
import { adaptEc2 } from './ec2.js';
import { adaptIam } from './iam.js';
import { adaptMessaging } from './messaging.js';
import { adaptMonitoring } from './monitoring.js';
import { adaptCloudFront } from './cloudfront.js';
import { adaptDnsAndClassicElb } from './dns-elb.js';
import { adaptNetworkEdge } from './network-edge.js';
import { adaptS3 } from './s3.js';
import { adaptSecurityGroups } from './security-group.js';
import { adaptVpc } from './vpc.js';
import { adaptVpcRouting } from './vpc-routing.js';
import { adaptApiGateway } from './apigateway.js';
import { adaptContainers } from './containers.js';
import { adaptBackup } from './backup.js';

/** How plan/state JSON differs from HCL evaluation: the origin's framework and the uid scheme. */
export interface AdaptOptions {
  readonly framework?: TfFramework;
  readonly uid?: (i: TfResourceInstance) => string;
}

const SERVICES = [adaptS3, adaptSecurityGroups, adaptEc2, adaptEbs, adaptVpc, adaptIam, adaptMonitoring, adaptData, adaptMessaging, adaptCompute, adaptNetworkEdge, adaptCloudFront, adaptVpcRouting, adaptApiGateway, adaptDnsAndClassicElb, adaptContainers, adaptBackup];

/**
 * Turns evaluated Terraform resource instances into model resources. Resources of the AWS provider's
 * split-out types (bucket policies, security group rules, role attachments, ...) are joined onto the
 * resource they configure rather than emitted on their own. An adapter that throws on one service is
 * reported as an error and the other services still adapt.
 */
export function adaptTerraform(instances: TfResourceInstance[], providers: TfProviderConfig[], opts: AdaptOptions = {}): { resources: Resource[]; errors: InputError[] } {
  const ctx = new AdaptContext(instances, providers, opts.framework ?? 'terraform', opts.uid);
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  for (const adapt of SERVICES) {
    try {
      resources.push(...adapt(ctx));
    } catch (e) {
      // A bug in one adapter must not lose the rest of the scan; it is reported like an input error.
      const first = instances[0];
      errors.push({ file: first?.range.file ?? '', line: 1, column: 1, message: `internal error in ${adapt.name}: ${(e as Error).message}` });
    }
  }
  return { resources, errors: [...ctx.errors, ...errors] };
}
