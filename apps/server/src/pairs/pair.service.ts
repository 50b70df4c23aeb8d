import { Repeater } from '@graphql-yoga/subscription';
import { In, Not } from 'typeorm';
import { parisToday, type PairAction, type PairSide } from '@tandem/shared';
import { notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import { Ptce } from '../directory/ptce.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { User } from '../identity/user.entity.js';
import { FollowUp } from './follow-up.entity.js';
import { Lesson } from './lesson.entity.js';
import { Pair } from './pair.entity.js';
import { PairEvent } from './pair-event.entity.js';
import type { PairMember, TsfRequestOptions } from './pair.inputs.js';
import { recordEvent, requestBlocker } from './pair-lifecycle.service.js';
import { canSeePair } from './pair.policy.js';
import { allowedActions, sideOf } from './pair.transitions.js';

const PAIR_RELATIONS = { compagnon: true, beneficiary: true, themes: true } as const;
// An operator opening the same space again within this window is one visit in the audit trail.
const OPERATOR_VISIT_WINDOW_MS = 30 * 60 * 1000;

export class PairService {
  constructor(private readonly deps: Deps) {}

  /** The signed-in person's pairs (an operator's: every pair), newest first. */
  async myPairs(user: User | null): Promise<Pair[]> {
    if (!user) throw unauthenticated();
    const repo = this.deps.db.getRepository(Pair);
    if (user.role === 'OPERATOR') return repo.find({ relations: PAIR_RELATIONS, order: { requestedAt: 'DESC' } });
    if (!user.ptceId) return [];
    return repo.find({
      where: [{ compagnonId: user.ptceId }, { beneficiaryId: user.ptceId }],
      relations: PAIR_RELATIONS,
      order: { requestedAt: 'DESC' },
    });
  }

  /** A pair the person may see; NOT_FOUND otherwise, never revealing that it exists. */
  async visiblePair(user: User | null, pairId: string): Promise<Pair> {
    if (!user) throw unauthenticated();
    const pair = await this.deps.db.getRepository(Pair).findOne({ where: { id: pairId }, relations: PAIR_RELATIONS });
    if (!pair || !canSeePair(user, pair)) throw notFound('Pair not found');
    return pair;
  }

  /**
   * Opening a space through `pair(id)`. An operator's visit is written in the pair's audit trail
   * (the operator follows figures; entering a space is an act the pair can see).
   */
  async openPair(user: User | null, pairId: string): Promise<Pair> {
    const pair = await this.visiblePair(user, pairId);
    if (user!.role === 'OPERATOR') {
      await this.deps.db.transaction(async (manager) => {
        const last = await manager
          .getRepository(PairEvent)
          .findOne({ where: { pairId, kind: 'OPERATOR_OPENED', actorId: user!.id }, order: { seq: 'DESC' } });
        if (last && Date.now() - last.at.getTime() < OPERATOR_VISIT_WINDOW_MS) return;
        await recordEvent(manager, pairId, user!, { kind: 'OPERATOR_OPENED' });
      });
    }
    return pair;
  }

  themesOf(pair: Pair): Promise<Theme[]> | Theme[] {
    return pair.themes ?? [];
  }

  auditTrail(pair: Pair): Promise<PairEvent[]> {
    return this.deps.db.getRepository(PairEvent).find({ where: { pairId: pair.id }, order: { seq: 'ASC' } });
  }

  lessons(pair: Pair): Promise<Lesson[]> {
    return this.deps.db
      .getRepository(Lesson)
      .find({ where: { pairId: pair.id }, relations: { note: true }, order: { themeCode: 'ASC', side: 'ASC' } });
  }

  followUps(pair: Pair): Promise<FollowUp[]> {
    return this.deps.db.getRepository(FollowUp).find({ where: { pairId: pair.id }, order: { monthsAfter: 'ASC' } });
  }

  /** Check-ins whose day has come and that nobody answered yet. */
  async followUpsDue(pair: Pair): Promise<number> {
    const all = await this.followUps(pair);
    const today = parisToday();
    return all.filter((f) => f.dueOn <= today && !f.answer).length;
  }

  async lastStatusChangeAt(pair: Pair): Promise<Date | null> {
    const last = await this.deps.db
      .getRepository(PairEvent)
      .findOne({ where: { pairId: pair.id, kind: 'STATUS_CHANGED' }, order: { seq: 'DESC' } });
    return last?.at ?? pair.completedAt ?? pair.acceptedAt ?? pair.requestedAt;
  }

  /** The people of both PTCEs, Compagnon side first. */
  async members(pair: Pair): Promise<PairMember[]> {
    const users = await this.deps.db.getRepository(User).find({
      where: { ptceId: In([pair.compagnonId, pair.beneficiaryId]), role: Not('OPERATOR') },
      order: { displayName: 'ASC' },
    });
    const members = users.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, side: sideOf(u, pair)! }));
    return [...members.filter((m) => m.side === 'COMPAGNON'), ...members.filter((m) => m.side === 'BENEFICIARY')];
  }

  viewerSide(user: User | null, pair: Pair): PairSide | null {
    return sideOf(user, pair);
  }

  viewerActions(user: User | null, pair: Pair): PairAction[] {
    return allowedActions(user, pair);
  }

  /** What the person needs to ask for a TSF, or why they cannot yet and whom to ask. */
  async requestOptions(user: User | null): Promise<TsfRequestOptions> {
    if (!user) throw unauthenticated();
    const db = this.deps.db;
    const ptce = user.ptceId ? await db.getRepository(Ptce).findOneBy({ id: user.ptceId }) : null;
    const reason = requestBlocker(user, ptce);
    const compagnons = reason
      ? []
      : (await db.getRepository(Ptce).find({ where: { isCompagnon: true }, order: { name: 'ASC' } })).filter(
          (p) => p.id !== ptce!.id,
        );
    const operators = await db.getRepository(User).find({ where: { role: 'OPERATOR' }, order: { displayName: 'ASC' } });
    return {
      canRequest: reason === null,
      reason,
      ptce,
      compagnons,
      operators: operators.map((o) => ({ displayName: o.displayName, email: o.email })),
    };
  }

  /**
   * Live activity of a pair. Access is checked when subscribing and again for every event,
   * so a person removed from the PTCE stops receiving at once.
   */
  async activity(user: User | null, pairId: string): Promise<AsyncIterable<{ type: string; pair: Pair }>> {
    await this.visiblePair(user, pairId);
    return this.relay(user!, this.deps.pubSub.subscribe('PAIR_ACTIVITY', pairId), true);
  }

  /** Pairs of the person's PTCE (an operator: every pair) appearing or changing: keeps "Mes espaces" live. */
  async myPairsActivity(user: User | null): Promise<AsyncIterable<{ type: string; pair: Pair }>> {
    if (!user) throw unauthenticated();
    const key = user.role === 'OPERATOR' ? 'operators' : user.ptceId;
    if (!key) return new Repeater<{ type: string; pair: Pair }>((_push, stop) => stop);
    return this.relay(user, this.deps.pubSub.subscribe('PAIRS_OF_PTCE', key), false);
  }

  /** Reloads the person and the pair for every event; a pair they no longer see ends a pair channel. */
  private relay(
    user: User,
    source: AsyncIterable<{ type: string; pairId: string }>,
    endOnLoss: boolean,
  ): AsyncIterable<{ type: string; pair: Pair }> {
    return new Repeater(async (push, stop) => {
      const iterator = source[Symbol.asyncIterator]();
      stop.then(() => iterator.return?.());
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) break;
        try {
          // Reload the person too: a changed PTCE or role must take effect at once.
          const current = await this.deps.db.getRepository(User).findOneBy({ id: user.id });
          const pair = await this.visiblePair(current, next.value.pairId);
          await push({ type: next.value.type, pair });
        } catch {
          if (endOnLoss) break;
        }
      }
      stop();
    });
  }
}
