import { NO_PROVENANCE, type Resource, type Value } from '../model/core/index.js';
import type { StoredResource } from '../findings/store/index.js';

/**
 * A stored resource back as a model resource (for the graph over a stored scan). Stored resources are the
 * model as JSON (values keep their kind and provenance); only the whole-block provenance is not kept.
 */
export function fromStored(r: StoredResource): Resource {
  return {
    uid: r.uid, type: r.type, provider: r.provider, ...(r.account ? { account: r.account } : {}), ...(r.region ? { region: r.region } : {}),
    name: r.name, tags: r.tags as Value<Record<string, string>>, properties: r.properties, origin: r.origin, source: NO_PROVENANCE,
  };
}
