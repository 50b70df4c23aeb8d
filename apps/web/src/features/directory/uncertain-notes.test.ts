import { i18nResources } from '@tandem/shared';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { uncertainNotes } from './uncertain-notes';

const i18n = i18next.createInstance();
await i18n.init({ resources: i18nResources, lng: 'fr', initAsync: false, interpolation: { escapeValue: false } });
const fr = (note: string) => uncertainNotes(note, i18n.getFixedT('fr'));
const en = (note: string) => uncertainNotes(note, i18n.getFixedT('en'));

// Every `uncertain` note of the seed (apps/server/seed/ptce-directory.csv, ../shared/data).
const SEED_NOTES = [
  '64 inferred (the pôle straddles two départements; Tarnos borders Pyrénées-Atlantiques); charter signature inferred from its Compagnon role',
  'town: the collectif covers the Valenciennes and Cambrai arrondissements',
  'charter signature inferred from its Compagnon role',
  'AMI 2021 status inferred from TSF eligibility',
  'town approximate (south Meurthe-et-Moselle); AMI 2021 status inferred from TSF eligibility',
  'département likely, not confirmed; AMI 2021 status inferred from TSF eligibility',
  'charter signature not confirmed',
  'candidate to the AMI 2021; laureate status uncertain',
  'town approximate (Haute-Garonne)',
  'town approximate (Gard)',
  'town approximate; theme inferred from the name',
  'town approximate',
  'département likely',
  'département uncertain (26 or 38)',
  'départements approximate',
  'regional project; town and département approximate',
];

describe('the « À vérifier » notes of a PTCE', () => {
  it('are shown in French on the French page', () => {
    expect(fr('regional project; town and département approximate')).toEqual([
      'Projet régional',
      'Commune et département approximatifs',
    ]);
    expect(fr(SEED_NOTES[0]!)).toEqual([
      'Département 64 déduit (le pôle est à cheval sur deux départements\u00a0; Tarnos est limitrophe du département Pyrénées-Atlantiques)',
      'Signature de la charte déduite de son rôle de Compagnon',
    ]);
    expect(fr('town approximate (Gers)')).toEqual(['Commune approximative (Gers)']);
    expect(fr('département uncertain (26 or 38)')).toEqual(['Département incertain (26 ou 38)']);
    expect(fr(SEED_NOTES[1]!)).toEqual(['Commune\u00a0: le collectif couvre les arrondissements de Valenciennes et de Cambrai']);
  });

  it('leaves no English phrase of the seed on the French page', () => {
    for (const note of SEED_NOTES) {
      for (const text of fr(note)) {
        expect(text, note).not.toMatch(
          /\b(inferred|approximate|town|likely|uncertain|confirmed|regional|project|borders|south|covers|candidate|or)\b/i,
        );
      }
    }
  });

  it('are shown in English on the English page', () => {
    expect(en('regional project; town and département approximate')).toEqual([
      'Regional project',
      'Town and département approximate',
    ]);
    expect(en('candidate to the AMI 2021; laureate status uncertain')).toEqual([
      'Candidate to the AMI 2021',
      'Laureate status uncertain',
    ]);
  });

  it('shows an unknown note as it is', () => {
    expect(fr('statuts en cours de mise à jour; town approximate')).toEqual([
      'statuts en cours de mise à jour',
      'Commune approximative',
    ]);
    expect(en('   ')).toEqual([]);
  });
});
