import type { Value } from '../../../model/core/index.js';
import type { ModelResource, ResourceType, ResourceTypeMap } from '../../../model/types.js';
import type { ConfigItem } from './item.js';

/** A model resource from a configuration item: uid = the ARN (Config's, or one built from the id). */
export function fromItem<T extends ResourceType>(item: ConfigItem, type: T, uid: string, properties: ResourceTypeMap[T]): ModelResource<T> {
  const tags: Value<Readonly<Record<string, string>>> = { kind: 'explicit', value: item.tags, source: item.prov };
  return {
    uid,
    type,
    provider: 'aws',
    ...(item.awsAccountId ? { account: item.awsAccountId } : {}),
    ...(item.awsRegion ? { region: item.awsRegion } : {}),
    name: item.resourceName ?? item.resourceId,
    tags,
    properties,
    origin: { kind: 'import', format: 'aws-config', file: item.prov.file },
    source: item.prov,
  };
}

/** The ARN Config gives, or the one AWS would give for EC2-style ids. */
export function ec2Uid(item: ConfigItem, kind: string): string {
  return item.arn ?? `arn:aws:ec2:${item.awsRegion ?? ''}:${item.awsAccountId ?? ''}:${kind}/${item.resourceId}`;
}
