/**
 * Which image a report is about. Scanners name it as the user typed it (a tag, or a local archive path) and list
 * the registry digests apart; the ECR image uid needs the digest of the same repository, so the two are joined here.
 */
import { parseImageReference, repositoryName, type ImageReference } from './reference.js';

/** The scanned image's reference with its digest, and the tags listed for its repository. */
export function resolveImage(named: string | undefined, repoDigests: readonly string[], repoTags: readonly string[], manifestDigest?: string): { reference: ImageReference; tags: string[] } | undefined {
  const digests = repoDigests.map(parseImageReference).filter((r): r is ImageReference => r !== undefined && r.digest !== null);
  const taggedRefs = repoTags.map(parseImageReference).filter((r): r is ImageReference => r !== undefined);
  let ref = named === undefined ? undefined : parseImageReference(named);
  // A local archive or directory (`app.tar`, `./img`) names no repository: the registry digests do.
  if (ref === undefined || (ref.registry === 'docker.io' && digests.length > 0 && !digests.some((d) => repositoryName(d) === repositoryName(ref!)))) ref = digests[0] ?? taggedRefs[0];
  if (ref === undefined) return undefined;
  const base = ref;
  if (base.digest === null) {
    const same = digests.find((d) => repositoryName(d) === repositoryName(base));
    const digest = same?.digest ?? (manifestDigest && /^sha256:[a-f0-9]{64}$/.test(manifestDigest) ? manifestDigest : null);
    ref = { ...base, digest };
  }
  const tags = new Set<string>();
  if (ref.tag) tags.add(ref.tag);
  for (const t of taggedRefs) if (t.tag && repositoryName(t) === repositoryName(ref)) tags.add(t.tag);
  return { reference: ref, tags: [...tags].sort() };
}
