// Exporting a pair's whole space as one archive (issue 8). French first.
export const spaceExportFr = {
  button: 'Exporter l’espace (.zip)',
  hint: 'Tout l’espace dans un seul fichier : fils de discussion, ordre du jour, documents et toutes leurs versions, bilan. À garder hors de Tandem ; l’autre PTCE verra dans l’historique que vous l’avez exporté.',
};
