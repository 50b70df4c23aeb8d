import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../core/logger.js';
import { serverRoot } from '../core/paths.js';
import { PtceMember, type MemberKind } from '../directory/ptce-member.entity.js';
import { Ptce } from '../directory/ptce.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { hashPassword } from '../identity/password.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { loadDemoPairLife } from '../pairs/pair.demo.js';
import { loadDemoThreads } from '../threads/thread.seed.js';
import { loadAgendaDemo } from '../agenda/agenda.demo.js';

export const DEMO_PASSWORD = 'demo-tandem-2026';

type Row = Record<string, string>;
const readCsv = (file: string): Row[] =>
  parse(readFileSync(path.join(serverRoot(), 'seed', file), 'utf8'), { columns: true, skip_empty_lines: true, trim: true });

const bool = (value: string | undefined) => value?.toLowerCase() === 'true';
const orNull = (value: string | undefined) => (value && value.length > 0 ? value : null);

/**
 * Reference data every installation needs: the theme vocabulary and the real PTCE directory
 * (public facts; the `uncertain` notes are kept apart and never shown as fact).
 */
export async function loadReferenceData(manager: EntityManager): Promise<void> {
  if ((await manager.getRepository(Theme).count()) === 0) {
    const themes = readCsv('themes.csv').map((row, position) =>
      manager
        .getRepository(Theme)
        .create({ code: row.code, labelFr: row.label_fr, labelEn: row.label_en, group: row.group, position }),
    );
    await manager.getRepository(Theme).save(themes);
  }
  if ((await manager.getRepository(Ptce).count()) === 0) {
    const known = new Map((await manager.getRepository(Theme).find()).map((t) => [t.code, t]));
    const ptces = readCsv('ptce-directory.csv').map((row) =>
      manager.getRepository(Ptce).create({
        slug: row.slug,
        name: row.name,
        carrier: orNull(row.carrier),
        town: orNull(row.town),
        departmentCodes: row.departments ?? '',
        region: orNull(row.region),
        summary: orNull(row.summary),
        labelledYear: row.labelled_year ? Number(row.labelled_year) : null,
        amiLaureate2021: bool(row.ami_laureate_2021),
        charterSignatory: bool(row.charter_signatory),
        isCompagnon: bool(row.is_compagnon),
        website: null,
        sources: orNull(row.source),
        uncertain: orNull(row.uncertain),
        themes: (row.themes ?? '')
          .split(';')
          .map((code) => known.get(code.trim()))
          .filter((t): t is Theme => Boolean(t)),
      }),
    );
    await manager.getRepository(Ptce).save(ptces);
    // Member structures named in the public sources (carriers and founders); more are added by operators.
    const bySlug = new Map(ptces.map((p) => [p.slug, p.id]));
    const members = readCsv('ptce-members.csv')
      .filter((row) => bySlug.has(row.ptce_slug))
      .map((row, position) =>
        manager.getRepository(PtceMember).create({
          ptceId: bySlug.get(row.ptce_slug)!,
          name: row.name,
          kind: row.kind as MemberKind,
          town: orNull(row.town),
          position,
        }),
      );
    await manager.getRepository(PtceMember).save(members);
  }
}

const DEMO_USERS = [
  { email: 'compagnon@tandem.test', displayName: 'Claire Etcheverry', role: 'COORDINATOR', ptce: 'sud-aquitaine' },
  { email: 'beneficiaire@tandem.test', displayName: 'Karim Benali', role: 'COORDINATOR', ptce: 'autonhommes' },
  { email: 'membre@tandem.test', displayName: 'Léa Duhalde', role: 'MEMBER', ptce: 'sud-aquitaine' },
  { email: 'autre@tandem.test', displayName: 'Julien Vuillermoz', role: 'COORDINATOR', ptce: 'cluster-jura' },
  { email: 'operateur@tandem.test', displayName: 'Sophie Martin', role: 'OPERATOR', ptce: null },
] as const;

const DAY = 24 * 60 * 60 * 1000;

/** Demo accounts and pairs (DESIGN §2), loaded into a database that has no account yet. */
export async function loadDemoData(db: DataSource, logger: Logger): Promise<void> {
  await db.transaction(async (manager) => {
    await loadReferenceData(manager);
    if ((await manager.getRepository(User).count()) > 0) return;

    const ptces = new Map((await manager.getRepository(Ptce).find()).map((p) => [p.slug, p]));
    const themes = new Map((await manager.getRepository(Theme).find()).map((t) => [t.code, t]));
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await manager.getRepository(User).save(
      DEMO_USERS.map((u) =>
        manager.getRepository(User).create({
          email: u.email,
          displayName: u.displayName,
          role: u.role,
          passwordHash,
          ptceId: u.ptce ? ptces.get(u.ptce)!.id : null,
          locale: 'fr',
        }),
      ),
    );
    const now = Date.now();
    const pair = (
      compagnon: string,
      beneficiary: string,
      status: Pair['status'],
      codes: string[],
      requestedDaysAgo: number,
      message: string,
    ) =>
      manager.getRepository(Pair).create({
        status,
        compagnonId: ptces.get(compagnon)!.id,
        beneficiaryId: ptces.get(beneficiary)!.id,
        themes: codes.map((c) => themes.get(c)!),
        requestMessage: message,
        requestedAt: new Date(now - requestedDaysAgo * DAY),
        acceptedAt: status === 'REQUESTED' ? null : new Date(now - (requestedDaysAgo - 6) * DAY),
        completedAt: status === 'COMPLETED' ? new Date(now - 40 * DAY) : null,
        openKey:
          status === 'REQUESTED' || status === 'ACTIVE' ? `${ptces.get(compagnon)!.id}:${ptces.get(beneficiary)!.id}` : null,
      });
    const pairs = await manager
      .getRepository(Pair)
      .save([
        pair(
          'sud-aquitaine',
          'autonhommes',
          'ACTIVE',
          ['mobilite', 'incubateur', 'animation'],
          30,
          'Nous aimerions comprendre comment vous avez monté votre offre de mobilité et votre incubateur.',
        ),
        pair(
          'cluster-jura',
          'coop-actions',
          'COMPLETED',
          ['animation', 'modele-economique', 'processus-cooperatif'],
          200,
          "Nous voulons structurer l'animation de notre pôle et consolider notre modèle économique.",
        ),
        pair(
          'cluster-jura',
          'le-levier',
          'REQUESTED',
          ['economie-circulaire', 'approche-filiere'],
          3,
          "Votre approche filière autour de l'économie circulaire nous intéresse beaucoup.",
        ),
      ]);
    await loadDemoPairLife(manager, pairs);
    await loadDemoThreads(manager);
    await loadAgendaDemo(manager);
    logger.info('demo data loaded (5 accounts, 3 pairs); password: demo-tandem-2026');
  });
}
