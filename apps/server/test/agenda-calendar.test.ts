import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode } from './support/client.js';
import { addItem, DELETE, pairWithBothSides, UPDATE } from './support/agenda.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

/** Parses with ical.js (not the generator), registering the feed's own VTIMEZONE as a client would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  return {
    timezones: calendar.getAllSubcomponents('vtimezone').map((tz) => tz.getFirstPropertyValue('tzid')),
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        location: event.location,
        description: event.description,
        sequence: event.sequence,
        status: vevent.getFirstPropertyValue('status'),
        tzid: vevent.getFirstProperty('dtstart')!.getParameter('tzid'),
        start: event.startDate.toJSDate().toISOString(),
        end: event.endDate.toJSDate().toISOString(),
      };
    }),
  };
}

describe('the agenda in everyone’s calendar', () => {
  it('exports Paris times right across the October change, with stable UIDs, SEQUENCE and cancellations', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    // Sunday 31 October 2027 is the last Sunday of October: Paris goes from UTC+2 to UTC+1 at 03:00.
    const before = await addItem(beneficiary, pair.id, {
      day: '2027-10-30',
      startTime: '09:30',
      endTime: '11:00',
      title: 'Visite, atelier; échange <b>ouvert</b>',
      location: '12 rue des Arènes, 40100 Dax',
      notes: 'Prévoir des bottes',
      hosts: [{ kind: 'STRUCTURE', name: 'Mobilité 40', role: 'Garage solidaire' }],
    });
    const after = await addItem(beneficiary, pair.id, {
      day: '2027-11-01',
      startTime: '09:30',
      endTime: '11:00',
      title: 'Restitution',
    });
    const cancelled = await addItem(beneficiary, pair.id, {
      day: '2027-10-31',
      startTime: '12:00',
      endTime: '13:30',
      title: 'Déjeuner',
      kind: 'MEAL',
    });
    await compagnon.gql(UPDATE, { input: { id: after.id, expectedVersion: 1, status: 'CONFIRMED' } });
    await compagnon.gql(DELETE, { id: cancelled.id, v: 1 });

    const res = await fetch(`${t.url}/api/pairs/${pair.id}/agenda.ics`, { headers: { cookie: beneficiary.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await res.text();
    const { timezones, events } = parse(text);
    expect(timezones).toEqual(['Europe/Paris']);
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const first = events.find((e) => e.summary.startsWith('Visite'))!;
    expect(first).toMatchObject({
      summary: 'Visite, atelier; échange <b>ouvert</b>',
      location: '12 rue des Arènes, 40100 Dax',
      sequence: 1,
      status: 'TENTATIVE',
      tzid: 'Europe/Paris',
      start: '2027-10-30T07:30:00.000Z', // summer time, UTC+2
      end: '2027-10-30T09:00:00.000Z',
    });
    expect(first.description).toContain('Mobilité 40 (Garage solidaire)');
    expect(first.description).toContain('Prévoir des bottes');
    expect(events.find((e) => e.summary === 'Restitution')).toMatchObject({
      start: '2027-11-01T08:30:00.000Z', // winter time, UTC+1
      sequence: 2,
      status: 'CONFIRMED',
    });
    expect(events.find((e) => e.summary === 'Déjeuner')).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(byUid.size).toBe(3);

    // The UID stays the same and SEQUENCE grows when the item changes.
    await compagnon.gql(UPDATE, { input: { id: before.id, expectedVersion: 1, startTime: '10:00' } });
    const again = parse(
      await (await fetch(`${t.url}/api/pairs/${pair.id}/agenda.ics`, { headers: { cookie: compagnon.cookie! } })).text(),
    );
    const moved = again.events.find((e) => e.uid === first.uid)!;
    expect(moved).toMatchObject({ sequence: 2, start: '2027-10-30T08:00:00.000Z' });
  });

  it('a personal secret feed works without a cookie, and a reset stops the old URL', async () => {
    const { pair, beneficiary } = await pairWithBothSides(t);
    await addItem(beneficiary, pair.id, { title: 'Accueil' });
    const reset = `mutation { resetCalendarFeed { url createdAt } }`;
    const first = (await beneficiary.gql<{ resetCalendarFeed: { url: string } }>(reset)).data!.resetCalendarFeed.url;
    expect(first).toMatch(/^http:\/\/tandem\.test\/api\/calendar\/[\w-]{40,}\.ics$/);
    const path = (url: string) => new URL(url).pathname;
    const feed = await fetch(`${t.url}${path(first)}`);
    expect(feed.status).toBe(200);
    expect(parse(await feed.text()).events.map((e) => e.summary)).toEqual(['Accueil']);
    expect((await beneficiary.gql(`{ calendarFeed { createdAt } }`)).data?.calendarFeed).not.toBeNull();

    const second = (await beneficiary.gql<{ resetCalendarFeed: { url: string } }>(reset)).data!.resetCalendarFeed.url;
    expect(second).not.toBe(first);
    expect((await fetch(`${t.url}${path(first)}`)).status).toBe(404);
    expect((await fetch(`${t.url}${path(second)}`)).status).toBe(200);
    // A forged token and a malformed one answer the same.
    expect((await fetch(`${t.url}/api/calendar/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${t.url}/api/calendar/%3Cscript%3E.ics`)).status).toBe(404);
    // Without a session there is no feed to reset.
    const anonymous = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: reset }),
    });
    const body = (await anonymous.json()) as { errors?: { extensions?: Record<string, unknown>; message: string }[] };
    expect(errorCode({ status: 200, headers: anonymous.headers, errors: body.errors })).toBe('UNAUTHENTICATED');
  });

  it('the personal feed only holds the pairs the person may see', async () => {
    const mine = await pairWithBothSides(t);
    const other = await pairWithBothSides(t);
    await addItem(mine.beneficiary, mine.pair.id, { title: 'Chez nous' });
    await addItem(other.beneficiary, other.pair.id, { title: 'Ailleurs' });
    const url = (await mine.compagnon.gql<{ resetCalendarFeed: { url: string } }>(`mutation { resetCalendarFeed { url } }`)).data!
      .resetCalendarFeed.url;
    const feed = parse(await (await fetch(`${t.url}${new URL(url).pathname}`)).text());
    expect(feed.events.map((e) => e.summary)).toEqual(['Chez nous']);
  });
});
