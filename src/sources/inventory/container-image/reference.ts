/**
 * Container image references (`[registry/]repository[:tag][@digest]`) and the uid cloudwarden gives the image:
 * for Amazon ECR, the uid the ECR collector gives the image (`arn:<partition>:ecr:<region>:<account>:repository/<repo>@<digest>`),
 * so an imported scan report lands on the live image; for any other registry, the normalized reference itself.
 */

/** An image reference split into its parts; `registry` defaults to Docker Hub as Docker resolves it. */
export interface ImageReference {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

/** The ECR registry a host names: `<account>.dkr.ecr.<region>.amazonaws.com` (and the China and FIPS forms). */
export interface EcrRegistry {
  readonly account: string;
  readonly region: string;
  readonly partition: string;
}

const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/;
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/;
const DOCKER_HUB = 'docker.io';

/** Parses an image reference; undefined when it is not one (empty, spaces, a bad digest). */
export function parseImageReference(ref: string): ImageReference | undefined {
  const s = ref.trim();
  if (s === '' || /\s/.test(s)) return undefined;
  let rest = s;
  let digest: string | null = null;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }
  const slash = rest.indexOf('/');
  const first = slash >= 0 ? rest.slice(0, slash) : '';
  // Docker's rule: the first component is a registry when it has a dot or a port, or is localhost.
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first.toLowerCase() : DOCKER_HUB;
  let path = hasRegistry ? rest.slice(slash + 1) : rest;
  let tag: string | null = null;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (tag === '') return undefined;
  }
  if (path === '' || path.startsWith('/') || path.endsWith('/')) return undefined;
  const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path;
  return { registry, repository, tag, digest };
}

/** The ECR registry of a host, or undefined for any other registry. */
export function ecrRegistry(host: string): EcrRegistry | undefined {
  const m = ECR_HOST.exec(host);
  return m ? { account: m[1]!, region: m[2]!, partition: m[3] ? 'aws-cn' : 'aws' } : undefined;
}

/** The repository ARN the ECR collector uses as the repository's uid. */
export function ecrRepositoryArn(ecr: EcrRegistry, repository: string): string {
  return `arn:${ecr.partition}:ecr:${ecr.region}:${ecr.account}:repository/${repository}`;
}

/**
 * The uid of the scanned image: for ECR with a digest, the ECR collector's image uid; otherwise the reference
 * (`registry/repository@digest`, or `:tag` when the report names no digest), which no collector produces.
 */
export function imageUid(ref: ImageReference): string {
  const ecr = ecrRegistry(ref.registry);
  if (ecr && ref.digest) return `${ecrRepositoryArn(ecr, ref.repository)}@${ref.digest}`;
  const name = `${ref.registry}/${ref.repository}`;
  return ref.digest ? `${name}@${ref.digest}` : `${name}:${ref.tag ?? 'latest'}`;
}

/** `registry/repository` of a reference, to match the report's RepoDigests and RepoTags to the scanned image. */
export function repositoryName(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}`;
}
