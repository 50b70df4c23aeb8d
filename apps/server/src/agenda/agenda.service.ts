import { Repeater } from '@graphql-yoga/subscription';
import type { EntityManager } from 'typeorm';
import { In, IsNull } from 'typeorm';
import {
  AGENDA_LIMITS,
  TWO_DAY_TSF_TEMPLATE,
  isValidDay,
  isValidTime,
  nextDay,
  type AgendaEventType,
  type AgendaHostKind,
  type AgendaKind,
  type AgendaStatus,
} from '@tandem/shared';
import { AppError, badInput, forbidden, notFound, unauthenticated } from '../core/errors.js';
import { hashToken, newToken } from '../core/security.js';
import type { Deps } from '../core/services.js';
import { PtceMember } from '../directory/ptce-member.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { canSeePair } from '../pairs/pair.policy.js';
import { PairService } from '../pairs/pair.service.js';
import { AgendaHost, AgendaItem } from './agenda-item.entity.js';
import type { AddAgendaItemInput, AgendaEditor, AgendaHostInput, UpdateAgendaItemInput } from './agenda.inputs.js';
import { linkableNoteId } from '../documents/note-link.js';
import { canEditAgenda } from './agenda.policy.js';
import { CalendarFeed } from './calendar-feed.entity.js';

const ITEM_RELATIONS = { hosts: true, theme: true, note: true } as const;
const ITEM_ORDER = { day: 'ASC', startTime: 'ASC', endTime: 'ASC', id: 'ASC', hosts: { position: 'ASC' } } as const;

/** The editable fields of an item, after validation. */
interface ItemFields {
  day: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: AgendaKind;
  status: AgendaStatus;
  themeCode: string | null;
  location: string | null;
  notes: string;
  questions: string;
  noteId: string | null;
}

interface HostFields {
  kind: AgendaHostKind;
  name: string;
  role: string | null;
  structureRef: string | null;
}

/** The JSON form of an item carried in `extensions.current` of a CONFLICT (same names as the GraphQL type). */
export function itemSnapshot(item: AgendaItem) {
  return {
    id: item.id,
    pairId: item.pairId,
    version: item.version,
    day: item.day,
    startTime: item.startTime,
    endTime: item.endTime,
    title: item.title,
    kind: item.kind,
    status: item.status,
    theme: item.theme ? { code: item.theme.code, labelFr: item.theme.labelFr, labelEn: item.theme.labelEn } : null,
    location: item.location,
    notes: item.notes,
    questions: item.questions,
    note: item.note ? { id: item.note.id, title: item.note.title } : null,
    hosts: (item.hosts ?? []).map((h) => ({ id: h.id, kind: h.kind, name: h.name, role: h.role, structureRef: h.structureRef })),
    deletedAt: item.deletedAt ? item.deletedAt.toISOString() : null,
    updatedAt: item.updatedAt.toISOString(),
  };
}

const optionalText = (value: string | null | undefined, max: number, reason: string): string | null => {
  const text = value?.trim() ?? '';
  if (text.length > max) throw badInput(`Too long (at most ${max} characters)`, { reason });
  return text.length > 0 ? text : null;
};

function validateHosts(hosts: AgendaHostInput[]): HostFields[] {
  if (hosts.length > AGENDA_LIMITS.hostsMax) throw badInput('Too many hosts', { reason: 'TOO_MANY_HOSTS' });
  return hosts.map((host) => {
    const name = host.name.trim();
    if (!name) throw badInput('A host needs a name', { reason: 'HOST_NAME_REQUIRED' });
    if (name.length > AGENDA_LIMITS.hostNameMaxLength) throw badInput('Host name too long', { reason: 'HOST_NAME_TOO_LONG' });
    return {
      kind: host.kind,
      name,
      role: optionalText(host.role, AGENDA_LIMITS.hostRoleMaxLength, 'HOST_ROLE_TOO_LONG'),
      structureRef: host.kind === 'STRUCTURE' ? optionalText(host.structureRef, 120, 'STRUCTURE_REF_TOO_LONG') : null,
    };
  });
}

type Published = { type: AgendaEventType; pairId: string; itemId: string };

export class AgendaService {
  private readonly pairs: PairService;

  constructor(private readonly deps: Deps) {
    this.pairs = new PairService(deps);
  }

  // --- access ----------------------------------------------------------------------------------

  /**
   * The pair row (no relations) if the person may see it; NOT_FOUND otherwise. The same rule as
   * PairService.visiblePair (canSeePair), without loading the PTCEs and themes on every write.
   */
  private async visible(user: User | null, pairId: string): Promise<Pair> {
    if (!user) throw unauthenticated();
    const pair = await this.deps.db
      .getRepository(Pair)
      .findOne({ where: { id: pairId }, select: { id: true, compagnonId: true, beneficiaryId: true, status: true } });
    if (!pair || !canSeePair(user, pair)) throw notFound('Pair not found');
    return pair;
  }

  /** Re-checks a subscriber for one event: the person is reloaded, so a removed member stops at once. */
  private async stillVisible(user: User, pairId: string): Promise<boolean> {
    const current = await this.deps.db.getRepository(User).findOneBy({ id: user.id });
    return this.visible(current, pairId).then(
      () => true,
      () => false,
    );
  }

  // --- reading ---------------------------------------------------------------------------------

  /** The live items of a pair, in time order. */
  async agendaOf(user: User | null, pairId: string): Promise<AgendaItem[]> {
    await this.visible(user, pairId);
    return this.deps.db
      .getRepository(AgendaItem)
      .find({ where: { pairId, deletedAt: IsNull() }, relations: ITEM_RELATIONS, order: ITEM_ORDER });
  }

  /** Every item of the given pairs, cancelled ones included (for calendar feeds). */
  itemsForCalendar(pairIds: string[]): Promise<AgendaItem[]> {
    if (pairIds.length === 0) return Promise.resolve([]);
    return this.deps.db
      .getRepository(AgendaItem)
      .createQueryBuilder('item')
      .leftJoinAndSelect('item.hosts', 'host')
      .leftJoinAndSelect('item.theme', 'theme')
      .where('item.pairId IN (:...pairIds)', { pairIds })
      .orderBy('item.day', 'ASC')
      .addOrderBy('item.startTime', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .addOrderBy('host.position', 'ASC')
      .getMany();
  }

  private loadItem(manager: EntityManager, id: string): Promise<AgendaItem | null> {
    return manager
      .getRepository(AgendaItem)
      .findOne({ where: { id }, relations: ITEM_RELATIONS, order: { hosts: { position: 'ASC' } } });
  }

  // --- writing ---------------------------------------------------------------------------------

  private async editablePair(user: User | null, pairId: string): Promise<Pair> {
    const pair = await this.visible(user, pairId);
    if (!canEditAgenda(user, pair)) {
      throw forbidden(user?.role === 'OPERATOR' ? 'Operators follow the agenda read-only' : 'This pair is closed');
    }
    return pair;
  }

  /** An item of a pair the person may edit; NOT_FOUND when the pair is not theirs to see. */
  private async editableItem(user: User | null, id: string): Promise<AgendaItem> {
    if (!user) throw unauthenticated();
    const item = await this.loadItem(this.deps.db.manager, id);
    if (!item) throw notFound('Agenda item not found');
    await this.editablePair(user, item.pairId);
    return item;
  }

  private async validate(fields: ItemFields): Promise<ItemFields> {
    if (!isValidDay(fields.day)) throw badInput('The day must be a date YYYY-MM-DD', { reason: 'INVALID_DAY' });
    if (!isValidTime(fields.startTime) || !isValidTime(fields.endTime)) {
      throw badInput('Times must be HH:MM', { reason: 'INVALID_TIME' });
    }
    if (fields.endTime <= fields.startTime) throw badInput('The end must come after the start', { reason: 'END_BEFORE_START' });
    const title = fields.title.trim();
    if (!title) throw badInput('A title is needed', { reason: 'TITLE_REQUIRED' });
    if (title.length > AGENDA_LIMITS.titleMaxLength) throw badInput('Title too long', { reason: 'TITLE_TOO_LONG' });
    if (fields.notes.length > AGENDA_LIMITS.notesMaxLength) throw badInput('Notes too long', { reason: 'NOTES_TOO_LONG' });
    if (fields.questions.length > AGENDA_LIMITS.questionsMaxLength) {
      throw badInput('Questions too long', { reason: 'QUESTIONS_TOO_LONG' });
    }
    const location = optionalText(fields.location, AGENDA_LIMITS.locationMaxLength, 'LOCATION_TOO_LONG');
    const themeCode = fields.themeCode?.trim() || null;
    if (themeCode && !(await this.deps.db.getRepository(Theme).existsBy({ code: themeCode }))) {
      throw badInput('Unknown theme', { reason: 'UNKNOWN_THEME' });
    }
    return { ...fields, title, location, themeCode };
  }

  /**
   * Structure hosts picked from the directory must be member structures of the host PTCE (the
   * pair's Compagnon): a reference to anything else is refused, nothing is written.
   */
  private async checkStructures(pairOrId: Pair | string, hosts: HostFields[]): Promise<HostFields[]> {
    const refs = [...new Set(hosts.map((h) => h.structureRef).filter((ref): ref is string => ref !== null))];
    if (refs.length === 0) return hosts;
    const compagnonId =
      typeof pairOrId === 'string'
        ? (await this.deps.db.getRepository(Pair).findOne({ where: { id: pairOrId }, select: { id: true, compagnonId: true } }))!
            .compagnonId
        : pairOrId.compagnonId;
    const found = await this.deps.db.getRepository(PtceMember).count({ where: { id: In(refs), ptceId: compagnonId } });
    if (found !== refs.length) {
      throw badInput('A host structure is not a member of the host PTCE', { reason: 'UNKNOWN_STRUCTURE' });
    }
    return hosts;
  }

  private async insertHosts(manager: EntityManager, itemId: string, hosts: HostFields[]): Promise<void> {
    if (hosts.length === 0) return;
    const repo = manager.getRepository(AgendaHost);
    await repo.insert(hosts.map((h, position) => repo.create({ ...h, itemId, position })));
  }

  private async publish(events: Published[]): Promise<void> {
    for (const event of events) this.deps.pubSub.publish('AGENDA_EVENTS', event.pairId, event);
  }

  async addItem(user: User | null, input: AddAgendaItemInput): Promise<AgendaItem> {
    const pair = await this.editablePair(user, input.pairId);
    const fields = await this.validate({
      day: input.day,
      startTime: input.startTime,
      endTime: input.endTime,
      title: input.title,
      kind: input.kind,
      status: input.status ?? 'PROPOSED',
      themeCode: input.themeCode ?? null,
      location: input.location ?? null,
      notes: input.notes ?? '',
      questions: input.questions ?? '',
      noteId: await linkableNoteId(this.deps.db.manager, input.pairId, input.noteId),
    });
    const hosts = await this.checkStructures(pair, validateHosts(input.hosts ?? []));
    const id = await this.deps.db.transaction(async (manager) => {
      const count = await manager.getRepository(AgendaItem).countBy({ pairId: input.pairId, deletedAt: IsNull() });
      if (count >= AGENDA_LIMITS.itemsPerPairMax) throw badInput('Too many items in this agenda', { reason: 'TOO_MANY_ITEMS' });
      return this.insertItem(manager, user!, input.pairId, fields, hosts);
    });
    await this.publish([{ type: 'ADDED', pairId: input.pairId, itemId: id }]);
    await this.deps.notifications.agendaChanged({ type: 'ADDED', pairId: input.pairId, itemId: id, actorId: user!.id });
    return (await this.loadItem(this.deps.db.manager, id))!;
  }

  private async insertItem(manager: EntityManager, user: User, pairId: string, fields: ItemFields, hosts: HostFields[]) {
    const repo = manager.getRepository(AgendaItem);
    const item = repo.create({ ...fields, pairId, version: 1, updatedAt: new Date(), updatedById: user.id, deletedAt: null });
    await repo.insert(item);
    await this.insertHosts(manager, item.id, hosts);
    return item.id;
  }

  /**
   * Optimistic concurrency (DESIGN §6): the row changes only if its version is still the one the
   * person edited, checked by the database itself (`WHERE version = ?`, affected rows), so two
   * writers can never both win. The loser gets CONFLICT with the current item.
   */
  async updateItem(user: User | null, input: UpdateAgendaItemInput): Promise<AgendaItem> {
    if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) {
      throw badInput('expectedVersion must be a positive version', { reason: 'INVALID_VERSION' });
    }
    const item = await this.editableItem(user, input.id);
    // The fields not sent are taken from this row, so it must be the version the person edited.
    if (item.version !== input.expectedVersion || item.deletedAt) throw this.conflict(item);
    const fields = await this.validate({
      day: input.day ?? item.day,
      startTime: input.startTime ?? item.startTime,
      endTime: input.endTime ?? item.endTime,
      title: input.title ?? item.title,
      kind: input.kind ?? item.kind,
      status: input.status ?? item.status,
      themeCode: input.themeCode === undefined || input.themeCode === null ? item.themeCode : input.themeCode,
      location: input.location === undefined || input.location === null ? item.location : input.location,
      notes: input.notes ?? item.notes,
      questions: input.questions ?? item.questions,
      noteId:
        input.noteId === undefined || input.noteId === null
          ? item.noteId
          : await linkableNoteId(this.deps.db.manager, item.pairId, input.noteId),
    });
    const hosts = input.hosts ? await this.checkStructures(item.pairId, validateHosts(input.hosts)) : null;
    const updated = await this.deps.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(AgendaItem)
        .set({ ...fields, version: () => 'version + 1', updatedAt: new Date(), updatedById: user!.id })
        .where('id = :id AND version = :version AND deletedAt IS NULL', { id: item.id, version: input.expectedVersion })
        .execute();
      if (result.affected !== 1) return false;
      if (hosts) {
        await manager.getRepository(AgendaHost).delete({ itemId: item.id });
        await this.insertHosts(manager, item.id, hosts);
      }
      return true;
    });
    const current = (await this.loadItem(this.deps.db.manager, item.id))!;
    if (!updated) throw this.conflict(current);
    await this.publish([{ type: 'UPDATED', pairId: item.pairId, itemId: item.id }]);
    await this.deps.notifications.agendaChanged({
      type: 'UPDATED',
      pairId: item.pairId,
      itemId: item.id,
      actorId: user!.id,
      previousEditorId: item.updatedById,
    });
    return current;
  }

  private conflict(current: AgendaItem): AppError {
    return new AppError('CONFLICT', 'This item was changed by someone else in the meantime', {
      reason: current.deletedAt ? 'ITEM_DELETED' : 'STALE_VERSION',
      current: itemSnapshot(current),
    });
  }

  /** Cancels an item: the row stays (deletedAt, version + 1) so calendar feeds can say it is cancelled. */
  async deleteItem(user: User | null, id: string, expectedVersion: number): Promise<boolean> {
    if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
      throw badInput('expectedVersion must be a positive version', { reason: 'INVALID_VERSION' });
    }
    const item = await this.editableItem(user, id);
    const result = await this.deps.db
      .createQueryBuilder()
      .update(AgendaItem)
      .set({ deletedAt: new Date(), version: () => 'version + 1', updatedAt: new Date(), updatedById: user!.id })
      .where('id = :id AND version = :version AND deletedAt IS NULL', { id, version: expectedVersion })
      .execute();
    if (result.affected !== 1) throw this.conflict((await this.loadItem(this.deps.db.manager, id))!);
    await this.publish([{ type: 'DELETED', pairId: item.pairId, itemId: id }]);
    await this.deps.notifications.agendaChanged({
      type: 'DELETED',
      pairId: item.pairId,
      itemId: id,
      actorId: user!.id,
      previousEditorId: item.updatedById,
    });
    return true;
  }

  /** Fills an empty agenda with a typical two-day TSF starting on `firstDay`, in one transaction. */
  async startFromTemplate(user: User | null, pairId: string, firstDay: string): Promise<AgendaItem[]> {
    const pair = await this.editablePair(user, pairId);
    if (!isValidDay(firstDay)) throw badInput('The day must be a date YYYY-MM-DD', { reason: 'INVALID_DAY' });
    const days = [firstDay, nextDay(firstDay)];
    const ids = await this.deps.db.transaction(async (manager) => {
      // Two people clicking at once must not get the template twice: serialise on the pair row.
      if (this.deps.db.options.type !== 'better-sqlite3') {
        await manager.query('SELECT id FROM pair WHERE id = ? FOR UPDATE', [pair.id]);
      }
      const count = await manager.getRepository(AgendaItem).countBy({ pairId, deletedAt: IsNull() });
      if (count > 0) throw badInput('The agenda already has items', { reason: 'AGENDA_NOT_EMPTY' });
      const created: string[] = [];
      for (const t of TWO_DAY_TSF_TEMPLATE) {
        const fields: ItemFields = {
          day: days[t.dayIndex],
          startTime: t.startTime,
          endTime: t.endTime,
          title: t.title,
          kind: t.kind,
          status: 'PROPOSED',
          themeCode: null,
          location: null,
          notes: t.notes,
          questions: '',
          noteId: null,
        };
        created.push(await this.insertItem(manager, user!, pairId, fields, []));
      }
      return created;
    });
    await this.publish(ids.map((itemId) => ({ type: 'ADDED' as const, pairId, itemId })));
    return this.agendaOf(user, pairId);
  }

  // --- realtime --------------------------------------------------------------------------------

  /**
   * Live changes of a pair's agenda. Access is checked when subscribing and again for every
   * event (the person is reloaded), and each event's item is reloaded from the database.
   */
  async events(user: User | null, pairId: string): Promise<AsyncIterable<{ type: AgendaEventType; item: AgendaItem }>> {
    await this.visible(user, pairId);
    const source = this.deps.pubSub.subscribe('AGENDA_EVENTS', pairId);
    return new Repeater(async (push, stop) => {
      const iterator = source[Symbol.asyncIterator]();
      stop.then(() => iterator.return?.());
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) break;
        if (!(await this.stillVisible(user!, pairId))) break;
        const item = await this.eventItem(next.value);
        if (item && item.pairId === pairId) await push({ type: next.value.type, item });
      }
      stop();
    });
  }

  // Fan-out work is per event, not per subscriber: every subscriber of this instance receives the
  // same payload object, so the item is loaded once per event.
  private readonly loadedForEvent = new WeakMap<object, Promise<AgendaItem | null>>();

  private eventItem(event: Published): Promise<AgendaItem | null> {
    let loading = this.loadedForEvent.get(event);
    if (!loading) {
      loading = this.loadItem(this.deps.db.manager, event.itemId);
      this.loadedForEvent.set(event, loading);
    }
    return loading;
  }

  /** A heartbeat: "I am editing this item" (or, with no item, "I stopped"). Nothing is stored. */
  async markEditing(user: User | null, pairId: string, itemId: string | null): Promise<boolean> {
    await this.editablePair(user, pairId);
    if (itemId) {
      const item = await this.deps.db.getRepository(AgendaItem).findOneBy({ id: itemId, pairId });
      if (!item) throw notFound('Agenda item not found');
    }
    this.deps.pubSub.publish('AGENDA_PRESENCE', pairId, { pairId, userId: user!.id, itemId });
    return true;
  }

  /**
   * Who edits what, as a whole list each time it changes. Each subscriber keeps the heartbeats it
   * heard and forgets one after the presence TTL, so no instance needs shared state.
   */
  async presence(user: User | null, pairId: string): Promise<AsyncIterable<AgendaEditor[]>> {
    await this.visible(user, pairId);
    const source = this.deps.pubSub.subscribe('AGENDA_PRESENCE', pairId);
    const names = new Map<string, string>();
    const editing = new Map<string, { itemId: string; until: number }>();
    const list = (): AgendaEditor[] =>
      [...editing.entries()].map(([userId, e]) => ({ userId, itemId: e.itemId, displayName: names.get(userId) ?? '' }));
    return new Repeater(async (push, stop) => {
      const sweep = setInterval(() => {
        const now = Date.now();
        let changed = false;
        for (const [userId, e] of editing) {
          if (e.until <= now) {
            editing.delete(userId);
            changed = true;
          }
        }
        if (changed) void push(list());
      }, 1_000);
      const iterator = source[Symbol.asyncIterator]();
      stop.then(() => {
        clearInterval(sweep);
        return iterator.return?.();
      });
      await push([]);
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) break;
        if (!(await this.stillVisible(user!, pairId))) break;
        const { userId, itemId } = next.value;
        if (!names.has(userId)) {
          names.set(userId, (await this.deps.db.getRepository(User).findOneBy({ id: userId }))?.displayName ?? '');
        }
        const before = editing.get(userId)?.itemId ?? null;
        if (itemId) editing.set(userId, { itemId, until: Date.now() + AGENDA_LIMITS.presenceTtlMs });
        else editing.delete(userId);
        if (before !== itemId) await push(list());
      }
      clearInterval(sweep);
      stop();
    });
  }

  // --- calendar feeds --------------------------------------------------------------------------

  async calendarFeed(user: User | null): Promise<CalendarFeed | null> {
    if (!user) throw unauthenticated();
    return this.deps.db.getRepository(CalendarFeed).findOneBy({ userId: user.id });
  }

  /** Creates or replaces the person's secret feed: the old URL stops working at once. */
  async resetCalendarFeed(user: User | null): Promise<{ url: string; createdAt: Date }> {
    if (!user) throw unauthenticated();
    const token = newToken();
    const repo = this.deps.db.getRepository(CalendarFeed);
    await this.deps.db.transaction(async (manager) => {
      await manager.getRepository(CalendarFeed).delete({ userId: user.id });
      await manager.getRepository(CalendarFeed).insert({ userId: user.id, tokenHash: hashToken(token) });
    });
    const feed = (await repo.findOneBy({ userId: user.id }))!;
    return { url: `${this.deps.config.publicUrl}/api/calendar/${token}.ics`, createdAt: feed.createdAt };
  }

  async deleteCalendarFeed(user: User | null): Promise<boolean> {
    if (!user) throw unauthenticated();
    await this.deps.db.getRepository(CalendarFeed).delete({ userId: user.id });
    return true;
  }

  /** The person behind a feed token, or null for an unknown (or reset) token. */
  async feedOwner(token: string): Promise<User | null> {
    if (!/^[\w-]{20,100}$/.test(token)) return null;
    const feed = await this.deps.db.getRepository(CalendarFeed).findOneBy({ tokenHash: hashToken(token) });
    if (!feed) return null;
    return this.deps.db.getRepository(User).findOneBy({ id: feed.userId });
  }

  /** Pairs (with their PTCEs) and items for a calendar: one pair, or every pair of the person. */
  async calendarData(user: User | null, pairId?: string): Promise<{ pairs: Pair[]; items: AgendaItem[] }> {
    const pairs = pairId ? [await this.pairs.visiblePair(user, pairId)] : await this.pairs.myPairs(user);
    return { pairs, items: await this.itemsForCalendar(pairs.map((p) => p.id)) };
  }
}
