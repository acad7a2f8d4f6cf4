export { type Locale, defaultLocale, supportedLocales, resolveLocale } from './locale.js';
export {
  type Messages,
  type Catalog,
  type MessageParams,
  MissingMessageParamError,
  formatMessage,
  translate,
} from './catalog.js';
