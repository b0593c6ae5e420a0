export * from './rule.js';
export * from './outcome.js';
export * from './aws-policy.js';
export * from './network.js';
export * from './examples.js';
