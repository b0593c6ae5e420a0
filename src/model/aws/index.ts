export * from './policy.js';
export * from './s3.js';
export * from './ec2.js';
export * from './iam.js';
export * from './monitoring.js';
export * from './data.js';
export * from './compute.js';
export * from './network-edge.js';
