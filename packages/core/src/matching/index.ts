export * from './latin-key.js';
export * from './khmer-key.js';
export * from './score.js';
