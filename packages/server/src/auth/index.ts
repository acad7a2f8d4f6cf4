export * from './agency-scope.js';
export * from './auth-error.js';
export * from './config.js';
export * from './middleware.js';
export * from './staff-token.js';
export * from './survey-guard.js';
export * from './survey-token.js';
