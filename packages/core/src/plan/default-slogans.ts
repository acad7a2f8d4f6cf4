import { type DefaultSloganId, defaultSloganTextsVi } from './slogan-messages.js';
import { defaultSloganTextsEn } from './slogan-messages-en.js';

/** The built-in lines (`slogan-messages.ts`) in both languages, in order: what the server seeds its messages with. */
export const defaultSlogans: readonly { readonly id: DefaultSloganId; readonly vi: string; readonly en: string }[] = (
  Object.keys(defaultSloganTextsVi) as DefaultSloganId[]
).map((id) => ({ id, vi: defaultSloganTextsVi[id], en: defaultSloganTextsEn[id] }));
