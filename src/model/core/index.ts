export * from './provenance.js';
export * from './value.js';
export * from './resource.js';
export * from './severity.js';
export * from './evidence.js';
