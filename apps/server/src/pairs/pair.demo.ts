import type { EntityManager } from 'typeorm';
import { FOLLOW_UP_MONTHS, addMonths, parisToday } from '@tandem/shared';
import { FollowUp } from './follow-up.entity.js';
import { Pair } from './pair.entity.js';
import { PairEvent } from './pair-event.entity.js';

/** The demo pairs' past: their audit trail, and the check-ins of the completed one (the first is open). */
export async function loadDemoPairLife(manager: EntityManager, pairs: Pair[]): Promise<void> {
  const events: Partial<PairEvent>[] = [];
  const DAY = 86_400_000;
  for (const pair of pairs) {
    // Wished visit days, so the operator's "days from acceptance to visit" has figures to show.
    const visit = new Date((pair.acceptedAt ?? pair.requestedAt).getTime() + 35 * DAY);
    await manager
      .getRepository(Pair)
      .update(
        { id: pair.id },
        { wishedStartDate: parisToday(visit), wishedEndDate: parisToday(new Date(visit.getTime() + DAY)) },
      );
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
