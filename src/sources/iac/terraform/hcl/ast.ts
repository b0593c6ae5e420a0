/**
 * The HCL native-syntax tree produced by `parseHclFile`. Every node carries its exact source range so the
 * evaluator can give each value the line a finding should point at.
 */

/** A source range: 1-based lines and columns; `endLine` is inclusive, `endColumn` exclusive; offsets are 0-based. */
export interface SrcRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly start: number;
  readonly end: number;
}

export interface Body {
  readonly items: readonly (Attribute | Block)[];
  readonly range: SrcRange;
}

export interface Attribute {
  readonly kind: 'attribute';
  readonly name: string;
  readonly nameRange: SrcRange;
  readonly expr: Expr;
  readonly range: SrcRange;
}

export interface Block {
  readonly kind: 'block';
  readonly type: string;
  readonly labels: readonly string[];
  readonly body: Body;
  readonly range: SrcRange;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%';

/** Template pieces: literal text, `${…}` interpolation, `%{if}` and `%{for}` directives. */
export type TemplatePart =
  | { readonly kind: 'lit'; readonly value: string }
  | { readonly kind: 'interp'; readonly expr: Expr }
  | { readonly kind: 'if'; readonly cond: Expr; readonly then: TemplatePart[]; readonly else: TemplatePart[] }
  | { readonly kind: 'for'; readonly keyVar?: string; readonly valVar: string; readonly coll: Expr; readonly body: TemplatePart[] };

export type Expr =
  | { readonly type: 'literal'; readonly value: string | number | boolean | null; readonly range: SrcRange }
  | { readonly type: 'template'; readonly parts: TemplatePart[]; readonly range: SrcRange }
  | { readonly type: 'variable'; readonly name: string; readonly range: SrcRange }
  | { readonly type: 'getattr'; readonly obj: Expr; readonly name: string; readonly range: SrcRange }
  | { readonly type: 'index'; readonly obj: Expr; readonly key: Expr; readonly range: SrcRange }
  /** `src[*].a.b` / `src.*.a`: `each` is applied to every element, with `anchor` standing for the element. */
  | { readonly type: 'splat'; readonly source: Expr; readonly each: Expr; readonly range: SrcRange }
  | { readonly type: 'anchor'; readonly range: SrcRange }
  | { readonly type: 'call'; readonly name: string; readonly args: Expr[]; readonly expandFinal: boolean; readonly range: SrcRange }
  | { readonly type: 'tuple'; readonly items: Expr[]; readonly range: SrcRange }
  | { readonly type: 'object'; readonly items: { readonly key: Expr; readonly value: Expr }[]; readonly range: SrcRange }
  | { readonly type: 'unary'; readonly op: '!' | '-'; readonly operand: Expr; readonly range: SrcRange }
  | { readonly type: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly range: SrcRange }
  | { readonly type: 'conditional'; readonly cond: Expr; readonly then: Expr; readonly else: Expr; readonly range: SrcRange }
  | {
      readonly type: 'for';
      readonly keyVar?: string;
      readonly valVar: string;
      readonly coll: Expr;
      /** Set for the object form `{for k, v in c : key => value}`. */
      readonly keyExpr?: Expr;
      readonly valExpr: Expr;
      readonly cond?: Expr;
      /** `...` after the value in the object form: group values by key into lists. */
      readonly group: boolean;
      readonly range: SrcRange;
    }
  | { readonly type: 'parens'; readonly inner: Expr; readonly range: SrcRange };
