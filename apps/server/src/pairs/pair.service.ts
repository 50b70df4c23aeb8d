import { Repeater } from '@graphql-yoga/subscription';
import { notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import { Theme } from '../directory/theme.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from './pair.entity.js';
import { canSeePair } from './pair.policy.js';

const PAIR_RELATIONS = { compagnon: true, beneficiary: true, themes: true } as const;

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

  themesOf(pair: Pair): Promise<Theme[]> | Theme[] {
    return pair.themes ?? [];
  }

  /**
   * Live activity of a pair. Access is checked when subscribing and again for every event,
   * so a person removed from the PTCE stops receiving at once.
   */
  async activity(user: User | null, pairId: string): Promise<AsyncIterable<{ type: string; pair: Pair }>> {
    await this.visiblePair(user, pairId);
    const source = this.deps.pubSub.subscribe('PAIR_ACTIVITY', pairId);
    return new Repeater(async (push, stop) => {
      const iterator = source[Symbol.asyncIterator]();
      stop.then(() => iterator.return?.());
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) break;
        try {
          // Reload the person too: a changed PTCE or role must take effect at once.
          const current = await this.deps.db.getRepository(User).findOneBy({ id: user!.id });
          const pair = await this.visiblePair(current, pairId);
          await push({ type: next.value.type, pair });
        } catch {
          break;
        }
      }
      stop();
    });
  }
}
