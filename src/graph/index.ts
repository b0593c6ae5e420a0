/**
 * The identity and attack-path graph (issue 5): `buildGraph(resources)` builds the graph of one scan (IAM
 * principals and trust, compute and what it runs as, network reachability from the internet, data access, and
 * privilege escalations, every edge decided through the policy evaluator in ./iam and explained), then
 * `attackPaths` finds the chains from the internet to administrators and sensitive data, and
 * `privescFindings` / `attackPathFindings` turn both into findings, with `attackPathFactor` for the risk score.
 */
export { buildGraph, type BuildOptions, type ScanGraph } from './build.js';
export { AccessModel, principalArn, type AccessDecision, type AccessStatus, type Evaluate } from './access.js';
export { ADMIN_PROBES, judgeAdministrator } from './admin.js';
export { attackPaths, describePath, pathToAdmin, type AttackPath, type AttackPathKind } from './paths.js';
export { attackPathFactor, attackPathFindings, privescFindings } from './findings.js';
export { TECHNIQUES, techniqueById, type Escalation, type Technique } from './privesc/index.js';
export { EDGE_KINDS, NODE_KINDS, Graph, type EdgeKind, type EdgeExplanation, type GraphEdge, type GraphNode, type NodeKind } from './model.js';
export { shortestPaths, type PathStep } from './search.js';
export { explainAnswer, pathsAnswer, privescAnswer, whoCanAnswer } from './answers.js';
export { GRAPH_FORMATS, renderAnswer, type GraphAnswer, type GraphFormat } from './render.js';
