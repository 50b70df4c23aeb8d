import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../src/demo/seed.js';
import { Pair } from '../src/pairs/pair.entity.js';
import { Ptce } from '../src/directory/ptce.entity.js';
import { Theme } from '../src/directory/theme.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode, TestClient } from './support/client.js';
import { makePtce, makeUser, PASSWORD } from './support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await t.app.services.deps.db.transaction((m) => loadReferenceData(m));
});
afterAll(() => t?.close());

const FINDER = `query($themes: [String!]!, $department: String, $first: Int) {
  compagnonSuggestions(themes: $themes, department: $department, first: $first) {
    ptce { slug } score reasons reasonDetails { code params }
  }
}`;
type Suggestions = {
  compagnonSuggestions: {
    ptce: { slug: string };
    score: number;
    reasons: string[];
    reasonDetails: { code: string; params: string[] }[];
  }[];
};

async function signedIn(options: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(t.app, options);
  const client = new TestClient(t);
  await client.logIn(user.email, PASSWORD);
  return { user, client };
}

async function hostTsf(compagnon: Ptce, themes: string[], status: Pair['status'] = 'COMPLETED') {
  const repo = t.app.services.deps.db.getRepository(Pair);
  await repo.save(
    repo.create({
      status,
      compagnonId: compagnon.id,
      beneficiaryId: (await makePtce(t.app)).id,
      themes: themes.map((code) => ({ code }) as Theme),
      requestedAt: new Date(),
    }),
  );
}

describe('finding a Compagnon', () => {
  it('ranks by themes, TSFs already hosted on them and proximity, and says why in words', async () => {
    const themes = await t.app.services.deps.db.getRepository(Theme).findBy({});
    const theme = (code: string) => themes.find((th) => th.code === code)!;
    // Three fresh Compagnons in Brittany: same département, neighbour, same region, and far away.
    const near = await makePtce(t.app, {
      name: 'Pôle voisin',
      isCompagnon: true,
      departmentCodes: '56',
      region: 'Bretagne',
      themes: [theme('mobilite')],
    });
    const host = await makePtce(t.app, {
      name: 'Pôle hôte',
      isCompagnon: true,
      departmentCodes: '13',
      region: "Provence-Alpes-Côte d'Azur",
      themes: [theme('mobilite')],
    });
    await hostTsf(host, ['mobilite']);
    await hostTsf(host, ['mobilite', 'jeunesse'], 'REQUESTED'); // not hosted yet
    const same = await makePtce(t.app, {
      name: 'Pôle rennais',
      isCompagnon: true,
      departmentCodes: '35',
      region: 'Bretagne',
      themes: [],
    });

    const { client, user } = await signedIn({ ptce: await makePtce(t.app, { departmentCodes: '35', region: 'Bretagne' }) });
    const result = await client.gql<Suggestions>(FINDER, { themes: ['mobilite'], department: '35', first: 20 });
    expect(result.errors).toBeUndefined();
    const list = result.data!.compagnonSuggestions;
    const rank = (p: Ptce) => list.findIndex((s) => s.ptce.slug === p.slug);
    const of = (p: Ptce) => list[rank(p)];

    // host: theme 3 + hosted on it 2 = 5; near: theme 3 + neighbour 2 = 5 (name breaks the tie); same: 3.
    expect(of(host).score).toBe(5);
    expect(of(host).reasons).toEqual(['Travaille sur : mobilité', 'A déjà accueilli un TSF sur : mobilité']);
    expect(of(near).reasons).toEqual(['Travaille sur : mobilité', 'Département voisin (Morbihan)']);
    expect(of(near).reasonDetails[1]).toEqual({ code: 'NEIGHBOURING_DEPARTMENT', params: ['56'] });
    expect(of(same).reasons).toEqual(['Même département (Ille-et-Vilaine)']);
    expect(rank(host)).toBeLessThan(rank(same));
    expect(rank(near)).toBeLessThan(rank(same));
    // Sud Aquitaine (seed) works on mobility too, far from Brittany: below the neighbour.
    expect(of((await t.app.services.directory.ptceBySlug('sud-aquitaine'))!).reasons).toEqual(['Travaille sur : mobilité']);
    expect(list.map((s) => s.score)).toEqual([...list.map((s) => s.score)].sort((a, b) => b - a));
    expect(list.some((s) => s.ptce.slug === user.ptceId)).toBe(false);
  });

  it('a pôle never suggests itself', async () => {
    const sud = (await t.app.services.directory.ptceBySlug('sud-aquitaine'))!;
    const { client } = await signedIn({ ptce: sud });
    const result = await client.gql<Suggestions>(FINDER, { themes: ['mobilite'], department: '40' });
    expect(result.data!.compagnonSuggestions.map((s) => s.ptce.slug)).not.toContain('sud-aquitaine');
    const anonymous = await new TestClient(t).gql<Suggestions>(FINDER, { themes: ['mobilite'], department: '40' });
    expect(anonymous.data!.compagnonSuggestions[0].reasons).toContain('Même département (Landes)');
  });

  it('refuses unknown themes, départements and page sizes', async () => {
    const browser = new TestClient(t);
    for (const [variables, reason] of [
      [{ themes: ['nope'] }, 'UNKNOWN_THEME'],
      [{ themes: [], department: '999' }, 'UNKNOWN_DEPARTMENT'],
      [{ themes: [], first: 1000 }, 'PAGE_SIZE'],
      [{ themes: [], first: -3 }, 'PAGE_SIZE'],
    ] as const) {
      const result = await browser.gql(FINDER, variables);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.reason).toBe(reason);
    }
  });
});

const INPUT = {
  slug: 'pole-cree',
  name: 'Pôle créé par l’opérateur',
  carrier: 'Association Porteuse',
  town: 'Brest',
  departments: ['29'],
  summary: 'Un pôle de démonstration.',
  themes: ['animation', 'jeunesse'],
  labelledYear: 2020,
  amiLaureate2021: false,
  charterSignatory: true,
  isCompagnon: false,
  website: 'https://example.org',
  members: [
    { name: 'Régie de quartier', kind: 'SIAE', town: 'Brest' },
    { name: 'Ville de Brest', kind: 'COLLECTIVITE' },
  ],
};
const CREATE = `mutation($input: PtceInput!) { createPtce(input: $input) { id slug region themes { code } members { name kind town } eligibleForTsf } }`;
const UPDATE = `mutation($id: ID!, $input: PtceInput!) { updatePtce(id: $id, input: $input) { slug name members { name } } }`;

describe('operators keep the directory', () => {
  it('an operator creates and edits a PTCE and its member structures', async () => {
    const { client } = await signedIn({ role: 'OPERATOR' });
    const created = await client.gql<{ createPtce: { id: string; region: string; members: unknown[]; eligibleForTsf: boolean } }>(
      CREATE,
      { input: INPUT },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createPtce).toMatchObject({
      slug: 'pole-cree',
      region: 'Bretagne',
      themes: [{ code: 'animation' }, { code: 'jeunesse' }],
      members: [
        { name: 'Régie de quartier', kind: 'SIAE', town: 'Brest' },
        { name: 'Ville de Brest', kind: 'COLLECTIVITE', town: null },
      ],
      eligibleForTsf: true,
    });
    const id = created.data!.createPtce.id;
    const again = await client.gql(CREATE, { input: INPUT });
    expect(again.errors![0].extensions!.reason).toBe('SLUG_TAKEN');

    const edited = await client.gql<{ updatePtce: { name: string; members: unknown[] } }>(UPDATE, {
      id,
      input: { ...INPUT, name: 'Pôle renommé', members: [{ name: 'SCOP du port', kind: 'SCOP' }] },
    });
    expect(edited.data!.updatePtce).toEqual({ slug: 'pole-cree', name: 'Pôle renommé', members: [{ name: 'SCOP du port' }] });
    // The search follows the edit.
    const found = await new TestClient(t).gql<{ ptces: { edges: { node: { slug: string } }[] } }>(
      `{ ptces(filter: { search: "pole renomme" }) { edges { node { slug } } } }`,
    );
    expect(found.data!.ptces.edges.map((e) => e.node.slug)).toEqual(['pole-cree']);

    const bad = await client.gql(UPDATE, {
      id,
      input: { ...INPUT, departments: ['00'], themes: ['x'], website: 'javascript:alert(1)' },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((bad.errors![0].extensions!.problems as { column: string }[]).map((p) => p.column)).toEqual([
      'departments',
      'themes',
      'website',
    ]);
  });

  it('a member or a coordinator cannot edit; a visitor must sign in', async () => {
    const target = await makePtce(t.app);
    for (const role of ['MEMBER', 'COORDINATOR'] as const) {
      const { client } = await signedIn({ role, ptce: target });
      expect(errorCode(await client.gql(UPDATE, { id: target.id, input: INPUT }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql(CREATE, { input: { ...INPUT, slug: 'x-' + role.toLowerCase() } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.gql('{ directoryCsv }'))).toBe('FORBIDDEN');
      expect(
        errorCode(await client.gql('mutation($c: String!) { importDirectoryCsv(csv: $c) { created } }', { c: 'slug\n' })),
      ).toBe('FORBIDDEN');
    }
    expect(errorCode(await new TestClient(t).gql(UPDATE, { id: target.id, input: INPUT }))).toBe('UNAUTHENTICATED');
    expect((await t.app.services.deps.db.getRepository(Ptce).findOneByOrFail({ id: target.id })).name).toBe(target.name);
  });

  it('exports the directory as CSV and imports it back; a bad row changes nothing', async () => {
    const { client } = await signedIn({ role: 'OPERATOR' });
    const exported = await client.gql<{ directoryCsv: string }>('{ directoryCsv }');
    const csv = exported.data!.directoryCsv;
    expect(csv.split('\n')[0]).toBe(
      'slug,name,carrier,town,departments,region,is_compagnon,ami_laureate_2021,charter_signatory,labelled_year,themes,summary,source,uncertain',
    );
    expect(csv).toContain(
      'sud-aquitaine,PTCE Sud Aquitaine,CBE du Seignanx,Tarnos,40;64,Nouvelle-Aquitaine,true,false,true,2014,',
    );

    const IMPORT = 'mutation($c: String!) { importDirectoryCsv(csv: $c) { created updated } }';
    const header = csv.split('\n')[0];
    const good = `${header}\nnouveau-pole,Nouveau pôle,,Quimper,29,,false,true,false,,animation,"Résumé, avec virgule",,\n`;
    const renamed = csv.replace('PTCE Sud Aquitaine', 'PTCE Sud Aquitaine (renommé)');
    const before = await t.app.services.deps.db.getRepository(Ptce).count();

    const bad = `${header}\nautre-pole,Autre pôle,,Brest,29,,false,false,false,,animation,,,\nmauvais,Mauvais,,Brest,00,,peut-être,false,false,,inconnu,,,\nBad Slug,,,,,,,,,,,,,\n`;
    const refused = await client.gql(IMPORT, { c: bad });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.reason).toBe('CSV_ROWS');
    const rowErrors = refused.errors![0].extensions!.rowErrors as { line: number; column: string }[];
    expect(
      rowErrors
        .filter((e) => e.line === 3)
        .map((e) => e.column)
        .sort(),
    ).toEqual(['departments', 'is_compagnon', 'themes']);
    expect(new Set(rowErrors.filter((e) => e.line === 4).map((e) => e.column))).toEqual(new Set(['slug', 'name', 'departments']));
    expect(rowErrors.some((e) => e.line === 2)).toBe(false);
    expect(await t.app.services.deps.db.getRepository(Ptce).count()).toBe(before);
    expect(await t.app.services.directory.ptceBySlug('autre-pole')).toBeNull();

    const imported = await client.gql<{ importDirectoryCsv: { created: number; updated: number } }>(IMPORT, { c: good });
    expect(imported.data!.importDirectoryCsv).toEqual({ created: 1, updated: 0 });
    const nouveau = (await t.app.services.directory.ptceBySlug('nouveau-pole'))!;
    expect(nouveau).toMatchObject({ region: 'Bretagne', amiLaureate2021: true, summary: 'Résumé, avec virgule' });

    const roundTrip = await client.gql<{ importDirectoryCsv: { created: number; updated: number } }>(IMPORT, { c: renamed });
    expect(roundTrip.errors).toBeUndefined();
    expect(roundTrip.data!.importDirectoryCsv.created).toBe(0);
    const sud = (await t.app.services.directory.ptceBySlug('sud-aquitaine'))!;
    expect(sud.name).toBe('PTCE Sud Aquitaine (renommé)');
    expect(sud.themes.map((th) => th.code)).toContain('incubateur');
    expect(sud.uncertain).toMatch(/inferred/);

    const malformed = await client.gql(IMPORT, { c: `${header}\n"unterminated,x\n` });
    expect(malformed.errors![0].extensions!.reason).toBe('CSV_MALFORMED');
  });
});
