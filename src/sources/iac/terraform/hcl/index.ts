/** HCL native syntax: a hand-written parser with an exact source range on every node (see docs/adr/0001-hcl-parser.md). */
export type { Attribute, Block, Body, Expr, SrcRange, TemplatePart, BinaryOp } from './ast.js';
export { parseHclFile, parseHclExpression, parseHclTemplate } from './parser.js';
export type { HclParseResult } from './parser.js';
