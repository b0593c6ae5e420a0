export { frameworksFor } from '../frameworks/index.js';
