import { randomUUID } from 'node:crypto';
import { departmentByCode, LIMITS, REGIONS } from '@tandem/shared';
import { In, type EntityManager } from 'typeorm';
import { badInput, forbidden, notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { rankCompagnons, reasonInFrench, type Candidate } from './compagnon-finder.js';
import { checkPtceFields, parseDirectoryCsv, toCsv, type PtceRow } from './directory.csv.js';
import type {
  CompagnonSuggestion,
  DepartmentCount,
  DirectoryImportResult,
  PtceConnection,
  PtceFilter,
  PtceInput,
  PtcePerson,
} from './directory.inputs.js';
import { DirectoryCache, watchDirectoryWrites, type DirectoryChange } from './directory.cache.js';
import { DirectoryIndexKeeper, type DirectoryIndex } from './directory.index.js';
import { canEditDirectory, canSeePeople } from './directory.policy.js';
import {
  afterKey,
  applyFilter,
  checkPageSize,
  cleanFilter,
  decodeCursor,
  encodeCursor,
  type CleanFilter,
} from './directory.query.js';
import { PtceMember } from './ptce-member.entity.js';
import { departmentList, Ptce } from './ptce.entity.js';
import { Theme } from './theme.entity.js';

type Actor = Pick<User, 'role' | 'ptceId'> | null;

/** The same filter in any order of its lists gives the same key. */
const cacheKey = (clean: CleanFilter): string =>
  JSON.stringify([
    clean.words,
    clean.nothing,
    [...clean.themes].sort(),
    [...clean.departments].sort(),
    [...clean.regions].sort(),
    clean.compagnonOnly,
    clean.eligibleOnly,
  ]);
/** Pairs that count as TSFs a pôle took part in. */
const TSF_STATUSES = ['ACTIVE', 'COMPLETED'] as const;

export class DirectoryService {
  /** Pages and counts until the next directory write (see DirectoryCache). */
  readonly cache: DirectoryCache;
  /** The filters as bitsets, so a filter not yet in the cache is counted and paged from bits (see DirectoryIndex). */
  readonly index: DirectoryIndexKeeper;
  private vocabulary?: Promise<{ themes: Theme[]; codes: Set<string> }>;
  private stopListening?: () => Promise<unknown>;
  private starting?: Promise<void>;
  private stopped = false;
  private readonly instanceId = randomUUID();

  constructor(private readonly deps: Deps) {
    this.cache = new DirectoryCache({ enabled: deps.config.directoryCache, connected: deps.pubSubConnected ?? (() => true) });
    this.index = new DirectoryIndexKeeper({
      enabled: deps.config.directoryCache && deps.config.directoryIndex,
      db: deps.db,
      generation: () => this.cache.current(),
      onError: (error) => deps.logger.warn({ err: error }, 'the directory index could not be built; SQL answers meanwhile'),
    });
    watchDirectoryWrites(deps.db, (change) => this.directoryChanged(change));
    this.listenForChanges();
  }

  /**
   * After a committed directory write: forget it on this instance at once (before the writer's
   * answer leaves), and ring every other instance. Raw SQL writes must call this themselves.
   */
  directoryChanged(change: DirectoryChange = { vocabulary: true }): void {
    this.forget(change);
    try {
      this.deps.pubSub.publish('DIRECTORY_CHANGED', { vocabulary: change.vocabulary, from: this.instanceId });
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'could not announce a directory change');
    }
  }

  private forget(change: DirectoryChange): void {
    if (change.vocabulary) this.vocabulary = undefined;
    this.cache.invalidate();
    this.index.schedule();
  }

  private listenForChanges(): void {
    const live = async () => {
      // ioredis announces `ready` before it sends the SUBSCRIBE again: let it, then wait for the reply.
      await new Promise((resolve) => setImmediate(resolve));
      await this.deps.pubSubSubscribed?.();
      this.forget({ vocabulary: true });
      this.cache.setSubscribed(true);
    };
    // A failed ping (Redis gone, or shutting down) leaves the cache off; the next `ready` retries.
    const goLive = () => live().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'directory cache stays off'));
    const start = async () => {
      // Subscribing before the Redis connection is ready races ioredis's ready check (its INFO is
      // refused once the connection is in subscriber mode): wait for a first answer.
      await this.deps.pubSubSubscribed?.();
      if (this.stopped) return;
      const events = this.deps.pubSub.subscribe('DIRECTORY_CHANGED');
      this.stopListening = async () => events.return?.();
      void (async () => {
        // Our own announcement comes back too: forgetting again would empty the cache filled meanwhile
        // and restart the index's wait (or make a build just started worthless).
        for await (const change of events) if (change.from !== this.instanceId) this.forget(change);
      })().catch((error: unknown) => this.deps.logger.error({ err: error }, 'directory change listener stopped'));
      this.deps.onPubSubResubscribed?.(() => {
        // Changes published while the subscriber was away are lost: no cache until subscribed again.
        this.cache.setSubscribed(false);
        void goLive();
      });
      await goLive();
    };
    this.starting = start().catch((error: unknown) => this.deps.logger.warn({ err: error }, 'directory cache stays off'));
  }

  /** Stops listening to DIRECTORY_CHANGED (app shutdown, before pub/sub closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.index.stop();
    this.cache.setSubscribed(false);
    await this.starting;
    await this.stopListening?.();
  }

  themes(): Promise<Theme[]> {
    return this.deps.db.getRepository(Theme).find({ order: { position: 'ASC', code: 'ASC' } });
  }

  async themesByCodes(codes: string[]): Promise<Theme[]> {
    if (codes.length === 0) return [];
    return this.deps.db.getRepository(Theme).find({ where: { code: In(codes) }, order: { position: 'ASC' } });
  }

  /** The theme vocabulary, kept until the theme table itself is written (rarely: a deployment, a seed). */
  private knownThemes(): Promise<{ themes: Theme[]; codes: Set<string> }> {
    this.vocabulary ??= this.themes().then((themes) => ({ themes, codes: new Set(themes.map((t) => t.code)) }));
    return this.vocabulary.catch((error) => {
      this.vocabulary = undefined;
      throw error;
    });
  }

  private async themeCodes(): Promise<Set<string>> {
    return (await this.knownThemes()).codes;
  }

  /** Rows written before the search columns existed (or by raw SQL) get them at start. */
  async refreshStaleSearchColumns(): Promise<void> {
    const repo = this.deps.db.getRepository(Ptce);
    const stale = await repo.find({ where: { sortKey: '' }, take: 10_000 });
    for (const ptce of stale) ptce.refreshSearchColumns(); // save() skips listeners of unchanged rows
    if (stale.length > 0) await repo.save(stale, { chunk: 200, reload: false });
  }

  ptceBySlug(slug: string): Promise<Ptce | null> {
    if (slug.length > 120) return Promise.resolve(null);
    return this.deps.db.getRepository(Ptce).findOne({ where: { slug }, relations: { themes: true } });
  }

  /**
   * One page of the directory, in name order, as three statements whatever the page size: the page
   * (keyset on sortKey, id), the themes of its PTCEs, and — only when asked — the total count.
   */
  async ptces(
    filter: PtceFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<PtceConnection> {
    const size = checkPageSize(first);
    const clean = cleanFilter(filter, await this.themeCodes());
    if (after) decodeCursor(after); // a forged cursor is refused even when its page would be cached
    return this.cache.get(
      `page:${cacheKey(clean)}:${size}:${after ?? ''}`,
      () => this.loadPage(clean, size, after),
      (connection) => connection.edges.length + 1,
    );
  }

  private async loadPage(clean: CleanFilter, size: number, after: string | null | undefined): Promise<PtceConnection> {
    const index = this.index.current();
    // size + 1 tells whether a next page exists; an empty page (first: 0) reads nothing, as in SQL.
    const ids = index?.idsAfter(index.match(clean), size === 0 ? 0 : size + 1, after ? decodeCursor(after) : null);
    const rows = index && ids ? await this.rowsOf(index, ids) : await this.queryPage(clean, size, after);
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({ node, cursor: encodeCursor(node) }));
    // From the index's ids when it answered: a row deleted meanwhile must not hide the pages after it.
    const hasNextPage = (ids ?? rows).length > size;
    return { edges, pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null }, filterKey: clean };
  }

  /** The PTCEs of `ids`, in that order, with their themes from the index: one statement. */
  private async rowsOf(index: DirectoryIndex, ids: string[]): Promise<Ptce[]> {
    if (ids.length === 0) return [];
    const [found, { themes }] = await Promise.all([
      this.deps.db.getRepository(Ptce).find({ where: { id: In(ids) } }),
      this.knownThemes(),
    ]);
    const byId = new Map(found.map((p) => [p.id, p]));
    const rows = ids.map((id) => byId.get(id)).filter((p): p is Ptce => p !== undefined); // deleted meanwhile
    for (const ptce of rows) {
      const codes = new Set(index.themeCodesOf(ptce.id));
      ptce.themes = themes.filter((theme) => codes.has(theme.code));
    }
    return rows;
  }

  private async queryPage(clean: CleanFilter, size: number, after: string | null | undefined): Promise<Ptce[]> {
    const qb = applyFilter(this.deps.db.getRepository(Ptce).createQueryBuilder('p'), clean);
    if (after) afterKey(qb, decodeCursor(after));
    const rows =
      size === 0
        ? []
        : await qb
            .orderBy('p.sortKey', 'ASC')
            .addOrderBy('p.id', 'ASC')
            .take(size + 1)
            .getMany();
    await this.attachThemes(rows.slice(0, size));
    return rows;
  }

  countPtces(filterKey: unknown): Promise<number> {
    const clean = filterKey as CleanFilter;
    return this.cache.get(`count:${cacheKey(clean)}`, async () => {
      const index = this.index.current();
      if (index) return index.count(index.match(clean));
      // COUNT(*), not getCount()'s COUNT(DISTINCT p.id): the filters are EXISTS and column tests, never
      // joins, so rows are distinct already, and the DISTINCT costs a temporary B-tree (≈ 1.4× slower).
      const row = await applyFilter(this.deps.db.getRepository(Ptce).createQueryBuilder('p'), clean)
        .select('COUNT(*)', 'n')
        .getRawOne<{ n: string | number }>();
      return Number(row?.n ?? 0);
    });
  }

  /**
   * PTCEs per département for the map, under every filter but the territory ones (so the map keeps
   * showing where else matching pôles are once one département is picked). One grouped statement.
   */
  departmentCounts(filterKey: unknown): Promise<DepartmentCount[]> {
    const clean = filterKey as CleanFilter;
    return this.cache.get(`departments:${cacheKey({ ...clean, departments: [], regions: [] })}`, () =>
      this.loadDepartmentCounts(clean),
    );
  }

  private async loadDepartmentCounts(clean: CleanFilter): Promise<DepartmentCount[]> {
    const index = this.index.current();
    const counts = index
      ? index.departmentCounts(index.match(clean, { territory: false }))
      : await this.queryDepartmentCounts(clean);
    return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => a.code.localeCompare(b.code));
  }

  private async queryDepartmentCounts(clean: CleanFilter): Promise<Map<string, number>> {
    const rows = await applyFilter(this.deps.db.getRepository(Ptce).createQueryBuilder('p'), clean, {
      territory: false,
    })
      .select('p.departmentCodes', 'codes')
      .addSelect('COUNT(*)', 'n')
      .groupBy('p.departmentCodes')
      .getRawMany<{ codes: string; n: string | number }>();
    const counts = new Map<string, number>();
    for (const row of rows) {
      // A département listed twice on one row (an import of "75;75") still counts that PTCE once.
      for (const code of new Set(departmentList(row.codes))) counts.set(code, (counts.get(code) ?? 0) + Number(row.n));
    }
    return counts;
  }

  /** Loads the themes of many PTCEs in one statement (no N+1 on a page of the directory). */
  private async attachThemes(ptces: Ptce[]): Promise<void> {
    if (ptces.length === 0) return;
    const { entities, raw } = await this.deps.db
      .getRepository(Theme)
      .createQueryBuilder('theme')
      .innerJoin('ptce_theme', 'pt', 'pt.themeCode = theme.code')
      .addSelect('pt.ptceId', 'ptceId')
      .where('pt.ptceId IN (:...ids)', { ids: ptces.map((p) => p.id) })
      .orderBy('theme.position', 'ASC')
      .getRawAndEntities<{ ptceId: string; theme_code: string }>();
    const byCode = new Map(entities.map((t) => [t.code, t]));
    const byPtce = new Map<string, Theme[]>(ptces.map((p) => [p.id, []]));
    for (const row of raw) byPtce.get(row.ptceId)?.push(byCode.get(row.theme_code)!);
    for (const p of ptces) p.themes = byPtce.get(p.id)!;
  }

  /** Themes of a PTCE in vocabulary order (loaded on demand by the field resolver). */
  async themesOf(ptceId: string): Promise<Theme[]> {
    return this.deps.db
      .getRepository(Theme)
      .createQueryBuilder('theme')
      .innerJoin('ptce_theme', 'pt', 'pt.themeCode = theme.code')
      .where('pt.ptceId = :ptceId', { ptceId })
      .orderBy('theme.position', 'ASC')
      .getMany();
  }

  membersOf(ptceId: string): Promise<PtceMember[]> {
    return this.deps.db.getRepository(PtceMember).find({ where: { ptceId }, order: { position: 'ASC', name: 'ASC' } });
  }

  /** Number of TSFs (ACTIVE or COMPLETED pairs) the pôle took part in, as Compagnon or beneficiary. */
  tsfCount(ptceId: string): Promise<number> {
    return this.deps.db.getRepository(Pair).count({
      where: [
        { compagnonId: ptceId, status: In([...TSF_STATUSES]) },
        { beneficiaryId: ptceId, status: In([...TSF_STATUSES]) },
      ],
    });
  }

  /** People of a PTCE: signed-in users only; `null` tells the page to invite signing in. */
  async peopleOf(actor: Actor, ptceId: string): Promise<PtcePerson[] | null> {
    if (!canSeePeople(actor)) return null;
    const users = await this.deps.db.getRepository(User).find({ where: { ptceId }, order: { role: 'ASC', displayName: 'ASC' } });
    return users.map((u) => ({ displayName: u.displayName, role: u.role, email: u.email }));
  }

  /** Compagnons ranked for a request (DESIGN §4); the asking person's own pôle is never suggested. */
  async compagnonSuggestions(
    actor: Actor,
    themes: string[],
    department: string | null | undefined,
    first: number | null | undefined,
  ): Promise<CompagnonSuggestion[]> {
    const size = checkPageSize(first ?? 5, LIMITS.compagnonSuggestionsMax);
    const clean = cleanFilter({ themes, departments: department ? [department] : [] }, await this.themeCodes());
    const db = this.deps.db;
    const qb = db.getRepository(Ptce).createQueryBuilder('p').where('p.isCompagnon = 1');
    if (actor?.ptceId) qb.andWhere('p.id <> :own', { own: actor.ptceId });
    const compagnons = await qb.getMany();
    if (compagnons.length === 0 || size === 0) return [];
    await this.attachThemes(compagnons);
    const hosted = await db
      .createQueryBuilder()
      .select('pair.id', 'pairId')
      .addSelect('pair.compagnonId', 'compagnonId')
      .addSelect('pt.themeCode', 'themeCode')
      .from(Pair, 'pair')
      .leftJoin('pair_theme', 'pt', 'pt.pairId = pair.id')
      .where('pair.status IN (:...statuses)', { statuses: [...TSF_STATUSES] })
      .andWhere('pair.compagnonId IN (:...ids)', { ids: compagnons.map((c) => c.id) })
      .getRawMany<{ pairId: string; compagnonId: string; themeCode: string | null }>();
    const pairs = new Map<string, { compagnonId: string; themes: string[] }>();
    for (const row of hosted) {
      const pair = pairs.get(row.pairId) ?? { compagnonId: row.compagnonId, themes: [] };
      if (row.themeCode) pair.themes.push(row.themeCode);
      pairs.set(row.pairId, pair);
    }
    const candidates: Candidate[] = compagnons.map((c) => ({
      id: c.id,
      name: c.name,
      departments: c.departments,
      region: c.region,
      themes: c.themes.map((t) => t.code),
      hostedThemes: [...pairs.values()].filter((p) => p.compagnonId === c.id).map((p) => p.themes),
    }));
    const labels = new Map((await this.themes()).map((t) => [t.code, t.labelFr]));
    const byId = new Map(compagnons.map((c) => [c.id, c]));
    return rankCompagnons(candidates, { themes: clean.themes, department: clean.departments[0] ?? null })
      .slice(0, size)
      .map((r) => {
        const details = r.reasons.map((reason) => ({
          ...reason,
          text: reasonInFrench(reason, (code) => labels.get(code) ?? code),
        }));
        return { ptce: byId.get(r.id)!, score: r.score, reasons: details.map((d) => d.text), reasonDetails: details };
      });
  }

  // ── Operators ────────────────────────────────────────────────────────────────────────────────

  private requireOperator(actor: Actor): void {
    if (!actor) throw unauthenticated();
    if (!canEditDirectory(actor)) throw forbidden('Only the programme operator edits the directory');
  }

  async createPtce(actor: Actor, input: PtceInput): Promise<Ptce> {
    this.requireOperator(actor);
    const row = await this.checkInput(input);
    const id = await this.deps.db.transaction(async (manager) => {
      if (await manager.getRepository(Ptce).existsBy({ slug: row.slug })) {
        throw badInput('This slug is already used by another PTCE', { reason: 'SLUG_TAKEN' });
      }
      const ptce = await this.writeRow(manager, new Ptce(), row, input.website ?? null);
      await this.replaceMembers(manager, ptce.id, input);
      return ptce.id;
    });
    return (await this.deps.db.getRepository(Ptce).findOne({ where: { id }, relations: { themes: true } }))!;
  }

  async updatePtce(actor: Actor, id: string, input: PtceInput): Promise<Ptce> {
    this.requireOperator(actor);
    const row = await this.checkInput(input);
    await this.deps.db.transaction(async (manager) => {
      const ptce = await manager.getRepository(Ptce).findOneBy({ id });
      if (!ptce) throw notFound('PTCE not found');
      const other = await manager.getRepository(Ptce).findOneBy({ slug: row.slug });
      if (other && other.id !== id) throw badInput('This slug is already used by another PTCE', { reason: 'SLUG_TAKEN' });
      await this.writeRow(manager, ptce, row, input.website ?? null);
      await this.replaceMembers(manager, id, input);
    });
    return (await this.deps.db.getRepository(Ptce).findOne({ where: { id }, relations: { themes: true } }))!;
  }

  private async checkInput(input: PtceInput): Promise<PtceRow & { members: PtceInput['members'] }> {
    const departments = [...new Set(input.departments.map((d) => d.trim()))];
    const region = input.region?.trim() || (departments[0] ? (departmentByCode(departments[0])?.region ?? null) : null);
    const row = {
      slug: input.slug.trim(),
      name: input.name.trim(),
      carrier: input.carrier?.trim() || null,
      town: input.town?.trim() || null,
      departments,
      region,
      summary: input.summary?.trim() || null,
      themes: [...new Set(input.themes)],
      labelledYear: input.labelledYear ?? null,
      amiLaureate2021: input.amiLaureate2021,
      charterSignatory: input.charterSignatory,
      isCompagnon: input.isCompagnon,
      sources: null,
      uncertain: null,
      members: input.members,
    };
    const problems = checkPtceFields(row, await this.themeCodes());
    if (row.carrier && row.carrier.length > 200) problems.push({ column: 'carrier', message: 'at most 200 characters' });
    if (row.town && row.town.length > 120) problems.push({ column: 'town', message: 'at most 120 characters' });
    if (row.summary && row.summary.length > 4000) problems.push({ column: 'summary', message: 'at most 4000 characters' });
    if (input.website && (!/^https?:\/\/[^\s]+$/.test(input.website) || input.website.length > 300)) {
      problems.push({ column: 'website', message: 'an address starting with https://' });
    }
    if (input.members.length > 200) problems.push({ column: 'members', message: 'at most 200 member structures' });
    input.members.forEach((m, i) => {
      if (!m.name.trim() || m.name.length > 200)
        problems.push({ column: `members.${i}.name`, message: 'required, at most 200 characters' });
      if (m.town && m.town.length > 120) problems.push({ column: `members.${i}.town`, message: 'at most 120 characters' });
    });
    if (problems.length > 0) {
      throw badInput(`Please check: ${problems.map((p) => p.column).join(', ')}`, { reason: 'INVALID_PTCE', problems });
    }
    return { ...row, region: row.region ?? REGIONS[0] };
  }

  private async writeRow(manager: EntityManager, ptce: Ptce, row: PtceRow, website: string | null | undefined): Promise<Ptce> {
    Object.assign(ptce, {
      slug: row.slug,
      name: row.name,
      carrier: row.carrier,
      town: row.town,
      departmentCodes: row.departments.join(';'),
      region: row.region,
      summary: row.summary,
      labelledYear: row.labelledYear,
      amiLaureate2021: row.amiLaureate2021,
      charterSignatory: row.charterSignatory,
      isCompagnon: row.isCompagnon,
      themes: row.themes.map((code) => ({ code }) as Theme),
    });
    if (website !== undefined) ptce.website = website;
    return manager.getRepository(Ptce).save(ptce);
  }

  private async replaceMembers(manager: EntityManager, ptceId: string, input: PtceInput): Promise<void> {
    const repo = manager.getRepository(PtceMember);
    await repo.delete({ ptceId });
    if (input.members.length === 0) return;
    await repo.save(
      input.members.map((m, position) =>
        repo.create({ ptceId, name: m.name.trim(), kind: m.kind, town: m.town?.trim() || null, position }),
      ),
    );
  }

  /** The whole directory as CSV (the seed file's columns), for operators. */
  async exportCsv(actor: Actor): Promise<string> {
    this.requireOperator(actor);
    const ptces = await this.deps.db.getRepository(Ptce).find({ order: { sortKey: 'ASC', id: 'ASC' } });
    await this.attachThemes(ptces);
    return toCsv(ptces);
  }

  /**
   * Imports a CSV of the seed's columns: rows are matched by slug (updated) or created. All or
   * nothing: any bad row → every problem by line number, and nothing is written.
   */
  async importCsv(actor: Actor, csv: string): Promise<DirectoryImportResult> {
    this.requireOperator(actor);
    const rows = parseDirectoryCsv(csv, await this.themeCodes());
    return this.deps.db.transaction(async (manager) => {
      const existing = new Map(
        (await manager.getRepository(Ptce).findBy({ slug: In(rows.map((r) => r.slug)) })).map((p) => [p.slug, p]),
      );
      let created = 0;
      for (const row of rows) {
        const ptce = existing.get(row.slug) ?? new Ptce();
        if (!existing.has(row.slug)) created++;
        ptce.sources = row.sources;
        ptce.uncertain = row.uncertain;
        await this.writeRow(manager, ptce, row, undefined);
      }
      return { created, updated: rows.length - created };
    });
  }
}
