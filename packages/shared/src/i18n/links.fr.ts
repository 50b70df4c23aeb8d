// Links to documents and notes from messages, lessons and agenda items (issue 7). French first.
export const linksFr = {
  attachDocument: 'Joindre un document',
  attachDocumentHint: 'Un lien vers le document s’ajoute au message.',
  noDocuments: 'Aucun document dans cet espace pour l’instant.',
  loadingDocuments: 'Chargement des documents…',
  documentChip: 'Document :',
  linkedNote: 'Note liée',
  linkedNoteHint: 'Une note de l’espace (onglet Documents).',
  noNote: 'Aucune note',
  openNote: 'Note : {{title}}',
};
