import type { EntityManager } from 'typeorm';
import { FOLLOW_UP_MONTHS, addMonths, parisToday } from '@tandem/shared';
import { FollowUp } from './follow-up.entity.js';
import { Pair } from './pair.entity.js';
import { PairEvent } from './pair-event.entity.js';

/** The demo pairs' past: their audit trail, and the check-ins of the completed one (the first is open). */
export async function loadDemoPairLife(manager: EntityManager, pairs: Pair[]): Promise<void> {
  const events: Partial<PairEvent>[] = [];
  for (const pair of pairs) {
    const steps: [Pair['status'] | null, Pair['status'], Date | null][] = [
      [null, 'REQUESTED', pair.requestedAt],
      ['REQUESTED', 'ACTIVE', pair.acceptedAt],
      ['ACTIVE', 'COMPLETED', pair.completedAt],
    ];
    let seq = 0;
    for (const [fromStatus, toStatus, at] of steps) {
      if (!at) continue;
      events.push({ pairId: pair.id, seq: ++seq, kind: 'STATUS_CHANGED', fromStatus, toStatus, actorName: null, at });
    }
    if (pair.completedAt) {
      const completedOn = parisToday(pair.completedAt);
      await manager
        .getRepository(FollowUp)
        .insert(
          FOLLOW_UP_MONTHS.map((months) =>
            manager
              .getRepository(FollowUp)
              .create({ pairId: pair.id, monthsAfter: months, dueOn: addMonths(completedOn, months) }),
          ),
        );
    }
  }
  await manager.getRepository(PairEvent).insert(events.map((e) => manager.getRepository(PairEvent).create(e)));
}
