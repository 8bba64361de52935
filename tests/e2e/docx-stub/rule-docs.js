export * from '../../../pkg/rule-docs.js';
