import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FollowUp } from '../src/pairs/follow-up.entity.js';
import { Pair } from '../src/pairs/pair.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { collect, errorCode, TestClient, type GqlResult } from './support/client.js';
import { makePair, makePtce, makeTheme } from './support/factories.js';
import { inDays, PAIR_FIELDS, signedIn, twoPtces } from './support/pairs.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const REQUEST = `mutation($input: RequestTsfInput!) { requestTsf(input: $input) { ${PAIR_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptTsf(pairId: $id) { ${PAIR_FIELDS} acceptedAt } }`;
const DECLINE = `mutation($id: ID!, $reason: String!) { declineTsf(pairId: $id, reason: $reason) { ${PAIR_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawTsf(pairId: $id) { ${PAIR_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!) { completeTsf(pairId: $id) { ${PAIR_FIELDS} completedAt followUps { id monthsAfter dueOn isDue } } }`;
const SAVE_LESSON = `mutation($input: SaveLessonInput!) { saveLesson(input: $input) { id side themeCode learned nextStep nextStepOwner nextStepDue authorName } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerFollowUp(followUpId: $id, answer: $answer) { id answer answeredByName } }`;
const PAIR = `query($id: ID!) { pair(id: $id) { ${PAIR_FIELDS} lessons { side themeCode learned } followUps { id monthsAfter answer isDue } members { displayName side role } } }`;

type PairData = {
  id: string;
  status: string;
  viewerActions: string[];
  auditTrail: { kind: string; fromStatus: string | null; toStatus: string | null; actorName: string; note: string | null }[];
};
const reason = (res: GqlResult) => res.errors?.[0]?.extensions?.reason;

describe('the life of a TSF, from request to follow-up', () => {
  it('a beneficiary asks, the Compagnon accepts live, both complete, write lessons and answer check-ins', async () => {
    const { compagnon, beneficiary, host, guest } = await twoPtces(t);
    const [a, b] = [await makeTheme(t.app), await makeTheme(t.app)];
    const hostMember = await signedIn(t, { role: 'MEMBER', ptce: compagnon });

    // The Compagnon's home is listening before the request exists.
    const home = collect<{ myPairsActivity: { type: string; pair: { id: string; status: string } } }>(
      host.ws(),
      `subscription { myPairsActivity { type pair { id status } } }`,
      {},
    );
    await new Promise((r) => setTimeout(r, 200));

    const asked = await guest.gql<{ requestTsf: PairData }>(REQUEST, {
      input: {
        compagnonId: compagnon.id,
        themes: [a.code, b.code],
        message: 'Votre incubateur nous intéresse <b>beaucoup</b>.',
        wishedStartDate: inDays(30),
        wishedEndDate: inDays(31),
      },
    });
    expect(asked.errors).toBeUndefined();
    const pair = asked.data!.requestTsf;
    expect(pair).toMatchObject({
      status: 'REQUESTED',
      viewerActions: ['WITHDRAW'],
      requestMessage: 'Votre incubateur nous intéresse <b>beaucoup</b>.',
    });
    expect(pair.auditTrail).toEqual([
      expect.objectContaining({
        kind: 'STATUS_CHANGED',
        fromStatus: null,
        toStatus: 'REQUESTED',
        actorName: guest.user.displayName,
      }),
    ]);

    await expect.poll(() => home.events.length).toBe(1);
    expect(home.events[0].myPairsActivity).toEqual({ type: 'REQUESTED', pair: { id: pair.id, status: 'REQUESTED' } });

    // Both sides watch the pair; a member of the Compagnon cannot decide.
    const guestLive = collect<{ pairActivity: { type: string; pair: { status: string } } }>(
      guest.ws(),
      `subscription($id: ID!) { pairActivity(pairId: $id) { type pair { status } } }`,
      { id: pair.id },
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(errorCode(await hostMember.gql(ACCEPT, { id: pair.id }))).toBe('FORBIDDEN');

    const accepted = await host.gql<{ acceptTsf: PairData }>(ACCEPT, { id: pair.id });
    expect(accepted.data?.acceptTsf).toMatchObject({ status: 'ACTIVE', viewerActions: ['COMPLETE'] });
    await expect
      .poll(() => guestLive.events.at(-1)?.pairActivity)
      .toEqual({ type: 'STATUS_CHANGED', pair: { status: 'ACTIVE' } });

    // No lessons before the end.
    const early = await guest.gql(SAVE_LESSON, { input: { pairId: pair.id, themeCode: a.code, learned: 'x', nextStep: 'y' } });
    expect(reason(early)).toBe('PAIR_NOT_COMPLETED');

    const completed = await guest.gql<{
      completeTsf: PairData & { followUps: { id: string; monthsAfter: number; isDue: boolean }[] };
    }>(COMPLETE, { id: pair.id });
    expect(completed.data?.completeTsf.status).toBe('COMPLETED');
    expect(completed.data?.completeTsf.followUps.map((f) => [f.monthsAfter, f.isDue])).toEqual([
      [1, false],
      [3, false],
      [6, false],
    ]);
    expect(completed.data?.completeTsf.auditTrail.map((e) => `${e.fromStatus ?? '∅'}→${e.toStatus}`)).toEqual([
      '∅→REQUESTED',
      'REQUESTED→ACTIVE',
      'ACTIVE→COMPLETED',
    ]);
    await expect.poll(() => guestLive.events.at(-1)?.pairActivity.pair.status).toBe('COMPLETED');

    // Each side writes its lessons per theme; the Compagnon learns too; rewriting keeps one per side.
    const mine = await guest.gql<{ saveLesson: { side: string } }>(SAVE_LESSON, {
      input: {
        pairId: pair.id,
        themeCode: a.code,
        learned: 'Un comité de suivi mensuel.',
        nextStep: 'Réunir les membres',
        nextStepOwner: 'Karim',
        nextStepDue: inDays(20),
      },
    });
    expect(mine.data?.saveLesson).toMatchObject({ side: 'BENEFICIARY', nextStepOwner: 'Karim' });
    const theirs = await hostMember.gql<{ saveLesson: { side: string } }>(SAVE_LESSON, {
      input: { pairId: pair.id, themeCode: a.code, learned: 'Notre méthode se transmet.', nextStep: 'La documenter' },
    });
    expect(theirs.data?.saveLesson.side).toBe('COMPAGNON');
    await guest.gql(SAVE_LESSON, {
      input: {
        pairId: pair.id,
        themeCode: a.code,
        learned: 'Un comité de suivi, tous les mois.',
        nextStep: 'Réunir les membres',
      },
    });
    expect(
      reason(
        await guest.gql(SAVE_LESSON, { input: { pairId: pair.id, themeCode: 'mobilite-inconnue', learned: 'x', nextStep: 'y' } }),
      ),
    ).toBe('THEME_NOT_IN_PAIR');
    const pastDue = { pairId: pair.id, themeCode: a.code, learned: 'x', nextStep: 'y', nextStepDue: inDays(-1) };
    expect(reason(await guest.gql(SAVE_LESSON, { input: pastDue }))).toBe('DATE_IN_PAST');

    // The space stays open: both still read it, with lessons kept.
    const later = await host.gql<{
      pair: { status: string; lessons: { side: string; learned: string }[]; members: { side: string }[] };
    }>(PAIR, { id: pair.id });
    expect(later.data?.pair.status).toBe('COMPLETED');
    expect(later.data?.pair.lessons).toEqual([
      expect.objectContaining({ side: 'BENEFICIARY', learned: 'Un comité de suivi, tous les mois.' }),
      expect.objectContaining({ side: 'COMPAGNON', learned: 'Notre méthode se transmet.' }),
    ]);
    expect(later.data?.pair.members.map((m) => m.side)).toEqual(['COMPAGNON', 'COMPAGNON', 'BENEFICIARY']);

    // The check-in opens a month later: not before.
    const followUps = completed.data!.completeTsf.followUps;
    expect(reason(await guest.gql(ANSWER, { id: followUps[0].id, answer: 'Tout va bien' }))).toBe('FOLLOW_UP_NOT_DUE');
    await t.app.services.deps.db.getRepository(FollowUp).update({ id: followUps[0].id }, { dueOn: inDays(0) });
    const answered = await host.gql<{ answerFollowUp: { answer: string } }>(ANSWER, {
      id: followUps[0].id,
      answer: 'Nous avons lancé le comité.',
    });
    expect(answered.data?.answerFollowUp).toMatchObject({
      answer: 'Nous avons lancé le comité.',
      answeredByName: host.user.displayName,
    });

    // The operator sees that one check-in was answered, and its visit to the space is written down.
    const operator = await signedIn(t, { role: 'OPERATOR' });
    const overview = await operator.gql<{
      pairsOverview: {
        pair: { id: string };
        followUpsDue: number;
        followUpsAnswered: number;
        daysToAcceptance: number;
        daysFromAcceptanceToVisit: number;
      }[];
    }>(
      `{ pairsOverview(filter: { statuses: [COMPLETED] }) { pair { id } followUpsDue followUpsAnswered daysToAcceptance daysFromAcceptanceToVisit } }`,
    );
    expect(overview.data?.pairsOverview.find((r) => r.pair.id === pair.id)).toEqual({
      pair: { id: pair.id },
      followUpsDue: 1,
      followUpsAnswered: 1,
      daysToAcceptance: 0,
      daysFromAcceptanceToVisit: 30,
    });
    await operator.gql(PAIR, { id: pair.id });
    await operator.gql(PAIR, { id: pair.id }); // a second look soon after is the same visit
    const trail = (await guest.gql<{ pair: PairData }>(PAIR, { id: pair.id })).data!.pair.auditTrail;
    expect(trail.filter((e) => e.kind === 'OPERATOR_OPENED')).toEqual([
      expect.objectContaining({ actorName: operator.user.displayName }),
    ]);

    home.dispose();
    guestLive.dispose();
    void beneficiary;
  });

  it('the Compagnon declines with a reason; the requester may ask again later', async () => {
    const { compagnon, host, guest } = await twoPtces(t);
    const theme = await makeTheme(t.app);
    const input = { compagnonId: compagnon.id, themes: [theme.code], message: 'Bonjour' };
    const id = (await guest.gql<{ requestTsf: PairData }>(REQUEST, { input })).data!.requestTsf.id;
    expect(reason(await host.gql(DECLINE, { id, reason: '   ' }))).toBe('REASON_REQUIRED');
    const declined = await host.gql<{ declineTsf: PairData & { declineReason: string } }>(DECLINE, {
      id,
      reason: 'Pas avant septembre.',
    });
    expect(declined.data?.declineTsf).toMatchObject({
      status: 'DECLINED',
      declineReason: 'Pas avant septembre.',
      viewerActions: [],
    });
    expect(declined.data?.declineTsf.auditTrail.at(-1)).toMatchObject({
      fromStatus: 'REQUESTED',
      toStatus: 'DECLINED',
      note: 'Pas avant septembre.',
    });
    // Declined is final; a new request is possible.
    expect(reason(await host.gql(ACCEPT, { id }))).toBe('INVALID_TRANSITION');
    expect((await guest.gql(REQUEST, { input })).errors).toBeUndefined();
  });

  it('the requester withdraws while waiting, and only then', async () => {
    const { compagnon, host, guest } = await twoPtces(t);
    const theme = await makeTheme(t.app);
    const id = (
      await guest.gql<{ requestTsf: PairData }>(REQUEST, {
        input: { compagnonId: compagnon.id, themes: [theme.code], message: 'Bonjour' },
      })
    ).data!.requestTsf.id;
    expect(errorCode(await host.gql(WITHDRAW, { id }))).toBe('FORBIDDEN');
    expect((await guest.gql<{ withdrawTsf: PairData }>(WITHDRAW, { id })).data?.withdrawTsf.status).toBe('WITHDRAWN');
    expect(errorCode(await guest.gql(WITHDRAW, { id }))).toBe('CONFLICT');
  });

  it('two decisions at the same instant: exactly one wins, one audit line', async () => {
    const { compagnon, beneficiary, host } = await twoPtces(t);
    const operator = await signedIn(t, { role: 'OPERATOR' });
    const pair = await makePair(t.app, { compagnon, beneficiary, status: 'REQUESTED' });
    const results = await Promise.all([
      host.gql(ACCEPT, { id: pair.id }),
      operator.gql(DECLINE, { id: pair.id, reason: 'Non' }),
      host.gql(DECLINE, { id: pair.id, reason: 'Non' }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map(errorCode)).toEqual(['CONFLICT', 'CONFLICT']);
    const trail = (await host.gql<{ pair: PairData }>(PAIR, { id: pair.id })).data!.pair.auditTrail;
    expect(trail.filter((e) => e.kind === 'STATUS_CHANGED')).toHaveLength(1);
  });
});

describe('live homes', () => {
  it('a new request rings the homes of its two PTCEs and of operators, nobody else', async () => {
    const { compagnon, host, guest } = await twoPtces(t);
    const outsider = await signedIn(t);
    const operator = await signedIn(t, { role: 'OPERATOR' });
    const query = `subscription { myPairsActivity { type pairId } }`;
    const [hostHome, outsiderHome, operatorHome] = [host, outsider, operator].map((c) =>
      collect<{ myPairsActivity: { pairId: string } }>(c.ws(), query, {}),
    );
    await new Promise((r) => setTimeout(r, 300));
    const theme = await makeTheme(t.app);
    const asked = await guest.gql<{ requestTsf: { id: string } }>(REQUEST, {
      input: { compagnonId: compagnon.id, themes: [theme.code], message: 'Bonjour' },
    });
    const id = asked.data!.requestTsf.id;
    await expect.poll(() => hostHome.events.map((e) => e.myPairsActivity.pairId)).toEqual([id]);
    await expect.poll(() => operatorHome.events.some((e) => e.myPairsActivity.pairId === id)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(outsiderHome.events).toEqual([]);
    for (const home of [hostHome, outsiderHome, operatorHome]) home.dispose();
  });
});

describe('who may ask, and what', () => {
  it('refuses what the programme does not allow, with a clear reason, changing nothing', async () => {
    const { compagnon, beneficiary, guest } = await twoPtces(t);
    const theme = await makeTheme(t.app);
    const notCompagnon = await makePtce(t.app);
    const good = { compagnonId: compagnon.id, themes: [theme.code], message: 'Bonjour' };
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['not a Compagnon', { compagnonId: notCompagnon.id }, 'BAD_USER_INPUT', 'NOT_A_COMPAGNON'],
      ['oneself', { compagnonId: beneficiary.id }, 'NOT_FOUND', ''],
      ['unknown PTCE', { compagnonId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND', ''],
      ['unknown theme', { themes: ['pas-un-theme'] }, 'BAD_USER_INPUT', 'UNKNOWN_THEME'],
      ['no theme', { themes: [] }, 'BAD_USER_INPUT', 'THEMES_REQUIRED'],
      ['empty message', { message: '  ' }, 'BAD_USER_INPUT', 'MESSAGE_REQUIRED'],
      ['message too long', { message: 'x'.repeat(2001) }, 'BAD_USER_INPUT', 'MESSAGE_TOO_LONG'],
      ['date in the past', { wishedStartDate: inDays(-2) }, 'BAD_USER_INPUT', 'DATE_IN_PAST'],
      ['end before start', { wishedStartDate: inDays(10), wishedEndDate: inDays(9) }, 'BAD_USER_INPUT', 'END_BEFORE_START'],
      ['not a date', { wishedStartDate: '2027-02-30' }, 'BAD_USER_INPUT', 'INVALID_DATE'],
    ];
    // A beneficiary that is itself a Compagnon, to make "asking oneself" reachable.
    await t.app.services.deps.db.getRepository('Ptce').update({ id: beneficiary.id }, { isCompagnon: true });
    cases[1][2] = 'BAD_USER_INPUT';
    cases[1][3] = 'SELF_REQUEST';
    for (const [what, change, code, why] of cases) {
      const res = await guest.gql(REQUEST, { input: { ...good, ...change } });
      expect([what, errorCode(res), reason(res) ?? '']).toEqual([what, code, why]);
    }
    expect(await t.app.services.deps.db.getRepository(Pair).countBy({ beneficiaryId: beneficiary.id })).toBe(0);

    expect((await guest.gql(REQUEST, { input: good })).errors).toBeUndefined();
    const twice = await guest.gql(REQUEST, { input: good });
    expect([errorCode(twice), reason(twice)]).toEqual(['CONFLICT', 'ALREADY_OPEN']);
  });

  it('a member cannot ask; a PTCE not yet eligible learns why and whom to contact', async () => {
    const compagnon = await makePtce(t.app, { isCompagnon: true });
    const theme = await makeTheme(t.app);
    const input = { compagnonId: compagnon.id, themes: [theme.code], message: 'Bonjour' };
    const member = await signedIn(t, { role: 'MEMBER' });
    expect([errorCode(await member.gql(REQUEST, { input })), reason(await member.gql(REQUEST, { input }))]).toEqual([
      'FORBIDDEN',
      'NOT_COORDINATOR',
    ]);

    const young = await makePtce(t.app, { amiLaureate2021: false, charterSignatory: false });
    const coordinator = await signedIn(t, { ptce: young });
    await signedIn(t, { role: 'OPERATOR' });
    const refused = await coordinator.gql(REQUEST, { input });
    expect([errorCode(refused), reason(refused)]).toEqual(['FORBIDDEN', 'NOT_ELIGIBLE']);
    const options = await coordinator.gql<{
      tsfRequestOptions: { canRequest: boolean; reason: string; compagnons: unknown[]; operators: { email: string }[] };
    }>(`{ tsfRequestOptions { canRequest reason compagnons { id } operators { displayName email } } }`);
    expect(options.data?.tsfRequestOptions).toMatchObject({ canRequest: false, reason: 'NOT_ELIGIBLE', compagnons: [] });
    expect(options.data?.tsfRequestOptions.operators.length).toBeGreaterThan(0);

    const eligible = await signedIn(t);
    const open = await eligible.gql<{ tsfRequestOptions: { canRequest: boolean; compagnons: { id: string }[] } }>(
      `{ tsfRequestOptions { canRequest compagnons { id } } }`,
    );
    expect(open.data?.tsfRequestOptions.canRequest).toBe(true);
    expect(open.data?.tsfRequestOptions.compagnons.map((c) => c.id)).toContain(compagnon.id);
  });
});

describe("the operator's view", () => {
  it('filters by status, region and theme, and exports the same rows as CSV', async () => {
    const theme = await makeTheme(t.app);
    const jura = await makePtce(t.app, { region: 'Bourgogne-Franche-Comté', isCompagnon: true, name: '=HYPERLINK("x")' });
    const inJura = await makePair(t.app, { compagnon: jura, status: 'ACTIVE', themes: [theme] });
    const elsewhere = await makePair(t.app, { status: 'REQUESTED', themes: [theme] });
    const operator = await signedIn(t, { role: 'OPERATOR' });
    const ids = async (filter: object) =>
      (
        await operator.gql<{ pairsOverview: { pair: { id: string } }[] }>(
          `query($f: PairsOverviewFilter) { pairsOverview(filter: $f) { pair { id } } }`,
          { f: filter },
        )
      ).data!.pairsOverview.map((r) => r.pair.id);
    expect(await ids({ themes: [theme.code] })).toEqual(expect.arrayContaining([inJura.id, elsewhere.id]));
    expect(await ids({ themes: [theme.code], regions: ['Bourgogne-Franche-Comté'] })).toEqual([inJura.id]);
    expect(await ids({ themes: [theme.code], statuses: ['REQUESTED'] })).toEqual([elsewhere.id]);

    const csv = await fetch(`${t.url}/api/pairs.csv?theme=${theme.code}&region=Bourgogne-Franche-Comt%C3%A9`, {
      headers: { cookie: operator.cookie! },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="tandem-tsf-/);
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^id,status,compagnon,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${inJura.id},ACTIVE,"'=HYPERLINK(""x"")"`);

    // Nobody else gets the figures.
    const coordinator = await signedIn(t);
    expect(errorCode(await coordinator.gql(`{ pairsOverview { pair { id } } }`))).toBe('FORBIDDEN');
    expect((await fetch(`${t.url}/api/pairs.csv`, { headers: { cookie: coordinator.cookie! } })).status).toBe(403);
    expect((await fetch(`${t.url}/api/pairs.csv`)).status).toBe(401);
    expect((await fetch(`${t.url}/api/pairs.csv?status=NOPE`, { headers: { cookie: operator.cookie! } })).status).toBe(400);
    void TestClient;
  });
});
