import type { EnglishMessages } from '../i18n/catalog.js';
import type { defaultSloganTextsVi } from './slogan-messages.js';

/** The built-in lines in English, with exactly the ids of the Vietnamese ones. */
export const defaultSloganTextsEn: EnglishMessages<typeof defaultSloganTextsVi> = {
  'slogan-bon-xin': 'The four "please": greet, apologise, thank, ask permission',
  'slogan-bon-luon': 'The four "always": smile, be gentle, listen, help',
  'slogan-nam-khong':
    'The five "never": no high-handedness or harassment; no bureaucracy or indifference; no corruption, waste or group interests; no flattery or deceit; no abuse of position in public duty',
  'reminder-close-dossier': 'Resolved a dossier? Press "Close dossier" in the system right away',
};
