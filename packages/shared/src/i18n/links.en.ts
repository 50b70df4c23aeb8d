import type { linksFr } from './links.fr.js';

export const linksEn: typeof linksFr = {
  attachDocument: 'Attach a document',
  attachDocumentHint: 'A link to the document is added to the message.',
  noDocuments: 'No document in this space yet.',
  loadingDocuments: 'Loading documents…',
  documentChip: 'Document:',
  linkedNote: 'Linked note',
  linkedNoteHint: 'A note of the space (Documents tab).',
  noNote: 'No note',
  openNote: 'Note: {{title}}',
};
