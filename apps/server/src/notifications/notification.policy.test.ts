import { describe, expect, it } from 'vitest';
import {
  digestPeriod,
  digestPeriodEnd,
  emailsAtOnce,
  mentionedIds,
  recipientsOf,
  retryDelaySeconds,
  type NotifyEvent,
} from './notification.policy.js';

const pair = { compagnonId: 'c', beneficiaryId: 'b' };
// The people around one event, as data: where they belong and how they relate to the thread / item.
const PEOPLE = {
  actor: { ptceId: 'c', role: 'COORDINATOR', displayName: 'Claire Etcheverry' },
  follower: { ptceId: 'b', role: 'COORDINATOR', displayName: 'Karim Benali' },
  mutedFollower: { ptceId: 'c', role: 'MEMBER', displayName: 'Léa Duhalde' },
  bystander: { ptceId: 'b', role: 'MEMBER', displayName: 'Anne' },
  operatorParticipant: { ptceId: null, role: 'OPERATOR', displayName: 'Sophie Martin' },
  formerMember: { ptceId: 'x', role: 'MEMBER', displayName: 'Ancien Membre' },
  host: { ptceId: 'c', role: 'MEMBER', displayName: 'Jon Host' },
} as const;
type Who = keyof typeof PEOPLE;
const person = (who: Who) => ({ id: who, ...PEOPLE[who] });
const everyone = Object.keys(PEOPLE) as Who[];
const participants = new Set<Who>(['actor', 'follower', 'mutedFollower', 'operatorParticipant', 'formerMember']);

const message = (body: string, unreadReply: Who[] = []): NotifyEvent => ({
  type: 'MESSAGE_POSTED',
  actorId: 'actor',
  body,
  people: everyone.map((who) => ({
    ...person(who),
    participant: participants.has(who),
    muted: who === 'mutedFollower',
    unreadReply: unreadReply.includes(who),
  })),
});
const agenda: NotifyEvent = {
  type: 'AGENDA_CHANGED',
  actorId: 'actor',
  people: everyone.map((who) => ({
    ...person(who),
    host: who === 'host',
    follower: who === 'follower' || who === 'mutedFollower',
  })),
};
const plain = (type: 'DOCUMENT_ADDED' | 'PAIR_STATUS'): NotifyEvent => ({ type, actorId: 'actor', people: everyone.map(person) });

// events × people → what each person gets (absent = nothing).
const TABLE: [string, NotifyEvent, Partial<Record<Who, string>>][] = [
  ['a plain reply', message('On se voit mardi ?'), { follower: 'THREAD_REPLY', operatorParticipant: 'THREAD_REPLY' }],
  [
    'a reply mentioning a bystander and the muted follower',
    message('@Anne et @Léa Duhalde, vous venez ?'),
    { follower: 'THREAD_REPLY', operatorParticipant: 'THREAD_REPLY', bystander: 'MENTION', mutedFollower: 'MENTION' },
  ],
  ['a mention of a follower', message('Merci @karim benali !'), { follower: 'MENTION', operatorParticipant: 'THREAD_REPLY' }],
  [
    'a reply while a reply notification of the thread is still unread for the follower',
    message('Et encore une chose', ['follower']),
    { operatorParticipant: 'THREAD_REPLY' },
  ],
  [
    'a mention while a reply notification is unread: the mention still counts',
    message('@Karim Benali une question', ['follower']),
    { follower: 'MENTION', operatorParticipant: 'THREAD_REPLY' },
  ],
  [
    'the actor mentioning themself',
    message('@Claire Etcheverry ici'),
    { follower: 'THREAD_REPLY', operatorParticipant: 'THREAD_REPLY' },
  ],
  [
    'a mention of someone who left the pair',
    message('@Ancien Membre ?'),
    { follower: 'THREAD_REPLY', operatorParticipant: 'THREAD_REPLY' },
  ],
  ['an agenda change', agenda, { host: 'AGENDA_CHANGED', follower: 'AGENDA_CHANGED', mutedFollower: 'AGENDA_CHANGED' }],
  [
    'a new document',
    plain('DOCUMENT_ADDED'),
    { follower: 'DOCUMENT_ADDED', mutedFollower: 'DOCUMENT_ADDED', bystander: 'DOCUMENT_ADDED', host: 'DOCUMENT_ADDED' },
  ],
  [
    'a TSF status change',
    plain('PAIR_STATUS'),
    { follower: 'PAIR_STATUS', mutedFollower: 'PAIR_STATUS', bystander: 'PAIR_STATUS', host: 'PAIR_STATUS' },
  ],
  [
    'a follow-up check-in due',
    { type: 'FOLLOW_UP_DUE', actorId: null, people: everyone.map(person) },
    {
      actor: 'FOLLOW_UP_DUE',
      follower: 'FOLLOW_UP_DUE',
      mutedFollower: 'FOLLOW_UP_DUE',
      bystander: 'FOLLOW_UP_DUE',
      host: 'FOLLOW_UP_DUE',
    },
  ],
];

describe('who is notified of what', () => {
  for (const [name, event, expected] of TABLE) {
    it(name, () => {
      const got = Object.fromEntries(recipientsOf(event, pair).map((r) => [r.userId, r.kind]));
      expect(got).toEqual(expected);
    });
  }

  it('never notifies the actor of their own action', () => {
    for (const [, event] of TABLE) {
      if (event.actorId) expect(recipientsOf(event, pair).map((r) => r.userId)).not.toContain(event.actorId);
    }
  });

  it('reads a mention only where the whole name is written after @', () => {
    const people = [person('bystander'), person('follower')];
    expect([...mentionedIds('@Annette viendra', people)]).toEqual([]);
    expect([...mentionedIds('mail anne@example.org', people)]).toEqual([]);
    expect([...mentionedIds('(@Anne)', people)]).toEqual(['bystander']);
  });
});

describe('what is emailed at once', () => {
  const all = { emailMentions: true, emailPairStatus: true, emailAgendaSoon: true };
  it.each([
    ['MENTION', all, {}, true],
    ['MENTION', { ...all, emailMentions: false }, {}, false],
    ['PAIR_STATUS', all, {}, true],
    ['THREAD_REPLY', all, {}, false],
    ['DOCUMENT_ADDED', all, {}, false],
    ['AGENDA_CHANGED', all, { itemDay: '2027-03-30', today: '2027-03-23' }, true],
    ['AGENDA_CHANGED', all, { itemDay: '2027-03-31', today: '2027-03-23' }, false],
    ['AGENDA_CHANGED', all, { itemDay: '2027-03-22', today: '2027-03-23' }, false],
    ['AGENDA_CHANGED', { ...all, emailAgendaSoon: false }, { itemDay: '2027-03-24', today: '2027-03-23' }, false],
  ] as const)('%s with %o on %o → %s', (kind, choices, context, expected) => {
    expect(emailsAtOnce(kind, choices, context)).toBe(expected);
  });
});

describe('digest periods and retries', () => {
  it('a digest covers a period that has ended: the previous Paris hour, or 08:00 → 08:00 Paris the day before', () => {
    const period = (f: 'DAILY' | 'HOURLY' | 'OFF', at: string) => digestPeriod(f, new Date(at), 8)?.end.toISOString() ?? null;
    // Summer time (UTC+2): 08:00 in Paris is 06:00 UTC.
    expect(period('DAILY', '2027-03-30T05:59:00Z')).toBe('2027-03-29T06:00:00.000Z'); // 07:59: yesterday's window
    expect(period('DAILY', '2027-03-30T06:00:00Z')).toBe('2027-03-30T06:00:00.000Z'); // 08:00: the day just ended
    expect(period('DAILY', '2027-03-30T21:59:00Z')).toBe('2027-03-30T06:00:00.000Z');
    expect(period('DAILY', '2027-03-31T05:00:00Z')).toBe('2027-03-30T06:00:00.000Z');
    // Winter time (UTC+1), and the night the clocks go forward (2027-03-28).
    expect(period('DAILY', '2027-01-10T09:30:00Z')).toBe('2027-01-10T07:00:00.000Z');
    expect(period('DAILY', '2027-03-28T06:30:00Z')).toBe('2027-03-28T06:00:00.000Z');
    expect(period('DAILY', '2027-03-28T05:30:00Z')).toBe('2027-03-27T07:00:00.000Z');
    expect(period('HOURLY', '2027-01-10T09:30:00Z')).toBe('2027-01-10T09:00:00.000Z'); // 09:00–10:00 Paris has ended
    expect(period('OFF', '2027-01-10T09:30:00Z')).toBeNull();
    const key = digestPeriod('DAILY', new Date('2027-01-10T09:30:00Z'), 8)!.key;
    expect(key).toBe('D@2027-01-10T07:00:00.000Z');
    expect(digestPeriodEnd(key)?.toISOString()).toBe('2027-01-10T07:00:00.000Z');
    expect(digestPeriodEnd('2027-01-10')).toBeNull();
  });

  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelaySeconds(n, 60, 3600))).toEqual([60, 120, 240, 480, 3600]);
  });
});
