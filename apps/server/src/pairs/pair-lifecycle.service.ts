import { In, type EntityManager } from 'typeorm';
import { FOLLOW_UP_MONTHS, PAIR_LIMITS, addMonths, checkWishedDates, parisToday, type PairAction } from '@tandem/shared';
import { AppError, badInput, notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import { Ptce } from '../directory/ptce.entity.js';
import { Theme } from '../directory/theme.entity.js';
import type { User } from '../identity/user.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { Pair } from './pair.entity.js';
import { PairEvent, type PairEventKind } from './pair-event.entity.js';
import type { RequestTsfInput } from './pair.inputs.js';
import { decide, isOpenStatus } from './pair.transitions.js';
import { cleanText, isUniqueViolation, publishPairChange } from './pair.shared.js';

/** Why the person cannot ask for a TSF, or null when they can. */
export function requestBlocker(user: User, ptce: Ptce | null): 'NO_PTCE' | 'NOT_COORDINATOR' | 'NOT_ELIGIBLE' | null {
  if (!ptce) return 'NO_PTCE';
  if (user.role !== 'COORDINATOR') return 'NOT_COORDINATOR';
  if (!ptce.eligibleForTsf) return 'NOT_ELIGIBLE';
  return null;
}

/** Appends one line to the pair's audit trail, inside the caller's transaction. */
export async function recordEvent(
  manager: EntityManager,
  pairId: string,
  actor: User,
  event: { kind: PairEventKind; fromStatus?: Pair['status'] | null; toStatus?: Pair['status'] | null; note?: string | null },
): Promise<void> {
  const repo = manager.getRepository(PairEvent);
  const last = await repo.findOne({ where: { pairId }, order: { seq: 'DESC' }, select: { id: true, seq: true } });
  await repo.insert(
    repo.create({
      pairId,
      seq: (last?.seq ?? 0) + 1,
      kind: event.kind,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      actorId: actor.id,
      actorName: actor.displayName,
      actorRole: actor.role,
      note: event.note ?? null,
      at: new Date(),
    }),
  );
}

/** Requests and decisions: the state machine of pair.transitions.ts applied to the database. */
export class PairLifecycleService {
  constructor(private readonly deps: Deps) {}

  async request(user: User | null, input: RequestTsfInput): Promise<string> {
    if (!user) throw unauthenticated();
    const db = this.deps.db;
    const ptce = user.ptceId ? await db.getRepository(Ptce).findOneBy({ id: user.ptceId }) : null;
    const blocker = requestBlocker(user, ptce);
    if (blocker === 'NOT_ELIGIBLE')
      throw new AppError('FORBIDDEN', 'Your PTCE is not eligible for a TSF yet', { reason: blocker });
    if (blocker) throw new AppError('FORBIDDEN', 'Only the coordination of a PTCE can ask for a TSF', { reason: blocker });

    const compagnon = await db.getRepository(Ptce).findOneBy({ id: input.compagnonId });
    if (!compagnon) throw notFound('PTCE not found');
    if (compagnon.id === ptce!.id) throw badInput('A PTCE cannot ask itself', { reason: 'SELF_REQUEST' });
    if (!compagnon.isCompagnon) throw badInput('This PTCE is not a Compagnon', { reason: 'NOT_A_COMPAGNON' });

    const codes = [...new Set(input.themes)];
    if (codes.length < PAIR_LIMITS.themesMin) throw badInput('Choose at least one theme', { reason: 'THEMES_REQUIRED' });
    if (codes.length > PAIR_LIMITS.themesMax) throw badInput('Too many themes', { reason: 'TOO_MANY_THEMES' });
    const themes = await db.getRepository(Theme).findBy({ code: In(codes) });
    if (themes.length !== codes.length) throw badInput('Unknown theme', { reason: 'UNKNOWN_THEME' });

    const message = cleanText(input.message);
    if (!message) throw badInput('Write a message', { reason: 'MESSAGE_REQUIRED' });
    if (message.length > PAIR_LIMITS.requestMessageMaxLength) throw badInput('Message too long', { reason: 'MESSAGE_TOO_LONG' });
    const start = input.wishedStartDate || null;
    const end = input.wishedEndDate || null;
    const datesProblem = checkWishedDates(start, end);
    if (datesProblem) throw badInput('Check the wished dates', { reason: datesProblem });

    const openKey = `${compagnon.id}:${ptce!.id}`;
    const pair = db.getRepository(Pair).create({
      status: 'REQUESTED',
      compagnonId: compagnon.id,
      beneficiaryId: ptce!.id,
      themes,
      requestMessage: message,
      requestedById: user.id,
      wishedStartDate: start,
      wishedEndDate: end,
      requestedAt: new Date(),
      openKey,
    });
    try {
      await db.transaction(async (manager) => {
        if (await manager.getRepository(Pair).existsBy({ openKey })) throw alreadyOpen();
        await manager.getRepository(Pair).save(pair);
        await recordEvent(manager, pair.id, user, { kind: 'STATUS_CHANGED', toStatus: 'REQUESTED' });
      });
    } catch (error) {
      // Two requests at the same instant: the unique open key lets only one in.
      if (isUniqueViolation(error)) throw alreadyOpen();
      throw error;
    }
    await publishPairChange(this.deps, pair, 'REQUESTED');
    await this.deps.notifications.pairStatusChanged({ pairId: pair.id, actorId: user.id });
    return pair.id;
  }

  /**
   * Applies one transition. The UPDATE only matches the status the decision was made on, so of two
   * concurrent decisions exactly one wins; the other gets CONFLICT and nothing changes.
   */
  async transition(user: User | null, pairId: string, action: PairAction, reasonText?: string): Promise<string> {
    if (!user) throw unauthenticated();
    const pair = await this.deps.db.getRepository(Pair).findOneBy({ id: pairId });
    const decision = decide(user, pair ?? { status: 'REQUESTED', compagnonId: '', beneficiaryId: '' }, action);
    if (!pair || (!decision.ok && decision.code === 'NOT_FOUND')) throw notFound('Pair not found');
    if (!decision.ok) throw new AppError(decision.code, 'This change is not possible', { reason: decision.reason });

    let note: string | null = null;
    if (action === 'DECLINE') {
      note = cleanText(reasonText ?? '');
      if (!note) throw badInput('Say why you decline', { reason: 'REASON_REQUIRED' });
      if (note.length > PAIR_LIMITS.declineReasonMaxLength) throw badInput('Reason too long', { reason: 'REASON_TOO_LONG' });
    }
    const now = new Date();
    const changes: Partial<Pair> = { status: decision.to, openKey: isOpenStatus(decision.to) ? pair.openKey : null };
    if (action === 'ACCEPT') changes.acceptedAt = now;
    if (action === 'COMPLETE') changes.completedAt = now;
    if (action === 'DECLINE' || action === 'WITHDRAW') changes.closedAt = now;
    if (action === 'DECLINE') changes.declineReason = note;

    await this.deps.db.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(Pair)
        .set(changes)
        .where('id = :id AND status = :status', { id: pair.id, status: decision.from })
        .execute();
      if (result.affected !== 1) {
        throw new AppError('CONFLICT', 'The pair changed meanwhile', { reason: 'INVALID_TRANSITION' });
      }
      await recordEvent(manager, pair.id, user, {
        kind: 'STATUS_CHANGED',
        fromStatus: decision.from,
        toStatus: decision.to,
        note,
      });
      if (action === 'COMPLETE') {
        const today = parisToday(now);
        await manager
          .getRepository(FollowUp)
          .insert(
            FOLLOW_UP_MONTHS.map((months) =>
              manager.getRepository(FollowUp).create({ pairId: pair.id, monthsAfter: months, dueOn: addMonths(today, months) }),
            ),
          );
      }
    });
    await publishPairChange(this.deps, pair, 'STATUS_CHANGED');
    await this.deps.notifications.pairStatusChanged({ pairId: pair.id, actorId: user.id });
    return pair.id;
  }
}

const alreadyOpen = () => new AppError('CONFLICT', 'A request between these PTCEs is already open', { reason: 'ALREADY_OPEN' });
