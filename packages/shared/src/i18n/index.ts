import { en } from './en.js';
import { fr, type Messages } from './fr.js';

export type { Messages };
export { fr, en };

/** i18next resources: one `translation` namespace per language, French first. */
export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} as const satisfies Record<string, { translation: Messages }>;
