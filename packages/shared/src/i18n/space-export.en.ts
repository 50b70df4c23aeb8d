import type { spaceExportFr } from './space-export.fr.js';

export const spaceExportEn: typeof spaceExportFr = {
  button: 'Export the space (.zip)',
  hint: 'The whole space in one file: threads, agenda, documents with all their versions, review. To keep outside Tandem; the other PTCE will see in the history that you exported it.',
};
