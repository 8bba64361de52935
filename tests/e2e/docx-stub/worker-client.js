export * from '../../../pkg/worker-client.js';
