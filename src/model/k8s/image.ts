/** The parts of a container image reference, e.g. `ghcr.io/org/app:1.2@sha256:ab…`. */
export interface ImageRef {
  /** Everything before the tag and digest. */
  readonly repository: string;
  /** The tag, or null when none is written (the runtime then pulls `latest`). */
  readonly tag: string | null;
  /** `sha256:…` when pinned by digest, else null. */
  readonly digest: string | null;
}

/**
 * Splits an image reference. A colon counts as a tag separator only after the last `/`, so a registry
 * port (`registry:5000/app`) is not mistaken for a tag.
 */
export function parseImageRef(image: string): ImageRef {
  const at = image.indexOf('@');
  const digest = at >= 0 ? image.slice(at + 1) : null;
  const named = at >= 0 ? image.slice(0, at) : image;
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  if (colon > slash) return { repository: named.slice(0, colon), tag: named.slice(colon + 1), digest };
  return { repository: named, tag: null, digest };
}

/** The pull policy Kubernetes applies when none is written: `Always` for `:latest` or untagged images. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const ref = parseImageRef(image);
  if (ref.digest !== null) return 'IfNotPresent';
  return ref.tag === null || ref.tag === 'latest' ? 'Always' : 'IfNotPresent';
}
