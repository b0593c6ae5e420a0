import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type YAMLMap } from 'yaml';
import type { InputError } from '../../../shared/errors.js';
import { Reader, type Obj } from './reader.js';

/** One Kubernetes object found in a file: a document, or an item of a `List`. */
export interface ManifestObject {
  readonly reader: Reader;
  readonly root: Obj;
  readonly apiVersion: string;
  readonly kind: string;
}

export interface ParsedManifest {
  readonly objects: ManifestObject[];
  readonly errors: InputError[];
  /** Documents that parsed cleanly (Kubernetes or not). */
  readonly documentsParsed: number;
}

function header(r: Reader, m: YAMLMap): { apiVersion: string; kind: string } | undefined {
  const a = r.resolve(m.get('apiVersion', true));
  const k = r.resolve(m.get('kind', true));
  if (!isScalar(a) || !isScalar(k) || typeof a.value !== 'string' || typeof k.value !== 'string' || !a.value || !k.value) return undefined;
  return { apiVersion: a.value, kind: k.value };
}

function collect(r: Reader, node: YAMLMap, path: string, out: ManifestObject[], depth = 0): void {
  const h = header(r, node);
  if (!h) return;
  const root = path ? r.rootOf(node, path) : r.root(node);
  const items = r.resolve(node.get('items', true));
  // `kind: List` and typed lists (`PodList`, `DeploymentList`: what `kubectl get -o yaml` prints) hold objects in `items`.
  if (h.kind.endsWith('List') && isSeq(items)) {
    if (depth > 4) return;
    items.items.forEach((item, i) => {
      const m = r.resolve(item);
      if (isMap(m)) collect(r, m, `${path ? path + '.' : ''}items[${i}]`, out, depth + 1);
    });
    return;
  }
  out.push({ reader: r, root, ...h });
}

/**
 * Parses every YAML document of a file (JSON is YAML too). YAML 1.1 is used because Kubernetes reads
 * manifests with a 1.1 parser (`privileged: yes` is a boolean there). A document with a syntax error
 * becomes an InputError and the other documents still count.
 */
export function parseManifest(file: string, text: string): ParsedManifest {
  const lc = new LineCounter();
  const objects: ManifestObject[] = [];
  const errors: InputError[] = [];
  let docs: ReturnType<typeof parseAllDocuments>;
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, version: '1.1', prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    // The parser reports its own errors as data; this guards against anything it lets escape.
    return { objects, errors: [{ file, line: 1, column: 1, message: `cannot parse: ${(e as Error).message}` }], documentsParsed: 0 };
  }
  let documentsParsed = 0;
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const p = lc.linePos(e.pos[0]);
        errors.push({ file, line: p.line, column: p.col, message: e.message.split('\n')[0] });
      }
      continue;
    }
    documentsParsed++;
    if (isMap(doc.contents)) collect(new Reader(file, text, lc, doc), doc.contents, '', objects);
  }
  return { objects, errors, documentsParsed };
}
