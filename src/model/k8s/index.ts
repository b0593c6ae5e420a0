export * from './workload.js';
export * from './cluster.js';
export * from './rbac.js';
export * from './image.js';
