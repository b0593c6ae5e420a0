import { YAMLMap, YAMLSeq, type CollectionTag, type ScalarTag } from 'yaml';

/** Short-form tag name (without `!`) → the long-form key it stands for. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  Sub: 'Fn::Sub',
  GetAtt: 'Fn::GetAtt',
  If: 'Fn::If',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  FindInMap: 'Fn::FindInMap',
  Base64: 'Fn::Base64',
  Equals: 'Fn::Equals',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Not: 'Fn::Not',
  ImportValue: 'Fn::ImportValue',
  GetAZs: 'Fn::GetAZs',
  Cidr: 'Fn::Cidr',
  Transform: 'Fn::Transform',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
};

/**
 * yaml custom tags for every short form, in all three node kinds (`!Sub "x"`, `!Sub [..]`, `!Transform {..}`),
 * so that the yaml package accepts them without "Unresolved tag" warnings. The tags keep the node as it is:
 * the walk in parse.ts reads `node.tag` and builds the long form with the node's exact range.
 */
export function cloudFormationTags(): (ScalarTag | CollectionTag)[] {
  const out: (ScalarTag | CollectionTag)[] = [];
  for (const name of Object.keys(SHORT_FORMS)) {
    const tag = `!${name}`;
    out.push({ tag, identify: () => false, resolve: (s: string) => s });
    out.push({ tag, collection: 'seq', nodeClass: YAMLSeq, identify: () => false });
    out.push({ tag, collection: 'map', nodeClass: YAMLMap, identify: () => false });
  }
  return out;
}
