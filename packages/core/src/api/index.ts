export type * from './model.js';
export type { PortalAdapter, SurveyReceipt } from './adapter-types.js';
