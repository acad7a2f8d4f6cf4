export { type Locale, defaultLocale, supportedLocales, resolveLocale } from './locale.js';
export {
  type Messages,
  type MessageCatalog,
  type EnglishMessages,
  type LazyMessageCatalog,
  type MessageParams,
  MissingMessageParamError,
  formatMessage,
  translate,
} from './catalog.js';
