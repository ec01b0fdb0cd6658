export * from './latin-key.js';
export * from './khmer-key.js';
export * from './score.js';
export * from './retrieval.js';
export * from './free-text.js';
