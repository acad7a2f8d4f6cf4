export type * from './model.js';
export { type CatalogCodeLevel, catalogSlug, procedureCatalogCode, agencyCatalogCode } from './codes.js';
export {
  codeSchema,
  textSchema,
  localTimeSchema,
  officeHoursSchema,
  agencyModelSchema,
  agencySchema,
  timeLimitSchema,
  procedureSchema,
  sameDayRegistrationSchema,
  catalogSchema,
} from './schema.js';
export { type CatalogIssue, CatalogError, loadCatalog } from './load.js';
export { defaultCatalog } from './default-catalog.js';
