import type { InputError } from '../../../shared/errors.js';
import { child, scalarString, type CfnMap, type CfnNode, type SrcRange } from './node.js';

/** One entry of the Resources section, before resolution. */
export interface TemplateResource {
  readonly logicalId: string;
  readonly type: string;
  /** Name of the condition that decides whether the resource is created. */
  readonly condition?: string;
  readonly properties: CfnNode | undefined;
  /** The whole block, from the logical id line. */
  readonly range: SrcRange;
}

/** The sections of a template that resolution needs. */
export interface Template {
  readonly file: string;
  readonly parameters: ReadonlyMap<string, CfnNode>;
  readonly mappings: CfnNode | undefined;
  readonly conditions: ReadonlyMap<string, CfnNode>;
  readonly resources: readonly TemplateResource[];
}

/**
 * Reads the sections of a parsed template. A template without a Resources map is an error (CloudFormation
 * requires one); a resource without a Type is reported and skipped, and the rest of the file goes on.
 */
export function readTemplate(file: string, root: CfnNode): { template?: Template; errors: InputError[] } {
  const errors: InputError[] = [];
  const at = (r: SrcRange, message: string): InputError => ({ file, line: r.startLine, column: r.startColumn, message });
  if (root.t !== 'map') return { errors: [at(root.range, 'a CloudFormation template must be a map')] };
  const res = child(root, 'Resources');
  if (res?.t !== 'map') return { errors: [at(res?.range ?? root.range, 'a CloudFormation template needs a Resources map')] };
  const resources: TemplateResource[] = [];
  for (const [logicalId, block] of res.entries) {
    if (block.t !== 'map') {
      errors.push(at(block.range, `resource ${logicalId} must be a map`));
      continue;
    }
    const type = scalarString(child(block, 'Type'));
    if (type === undefined) {
      errors.push(at(block.range, `resource ${logicalId} has no Type`));
      continue;
    }
    const condition = scalarString(child(block, 'Condition'));
    resources.push({ logicalId, type, properties: child(block, 'Properties'), range: block.range, ...(condition !== undefined ? { condition } : {}) });
  }
  return {
    template: { file, parameters: entriesOf(child(root, 'Parameters')), mappings: child(root, 'Mappings'), conditions: entriesOf(child(root, 'Conditions')), resources },
    errors,
  };
}

function entriesOf(n: CfnNode | undefined): ReadonlyMap<string, CfnNode> {
  return n?.t === 'map' ? (n as CfnMap).entries : new Map();
}

/**
 * Whether a text looks like a CloudFormation template: it names AWSTemplateFormatVersion, or has a
 * Resources map whose entries carry `Type: AWS::…` (Serverless and Custom types included). Cheap: text tests
 * first, then a real parse.
 */
export function looksLikeTemplate(text: string, root: () => CfnNode | undefined): boolean {
  if (/^\s*["']?AWSTemplateFormatVersion["']?\s*:/m.test(text)) return true;
  if (!/Resources/.test(text) || !/(AWS|Custom)::/.test(text)) return false;
  const r = child(root(), 'Resources');
  if (r?.t !== 'map' || r.entries.size === 0) return false;
  return [...r.entries.values()].some((b) => /^(AWS|Custom)::/.test(scalarString(child(b, 'Type')) ?? ''));
}
