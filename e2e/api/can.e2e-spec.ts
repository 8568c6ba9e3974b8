import type { Response } from 'supertest';
import { draftStrategy, type DraftedStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { world, type Actor, type World, businessSignatoryOf } from '../../apps/api/test/support/fixtures';
import { decideOnCurrent, send } from '../../apps/api/test/support/http';
import { createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

type Who = 'admin' | 'coordinator' | 'signatory' | 'stakeholder' | 'official' | 'observer' | 'donegalCoordinator';
const everyone: Who[] = ['admin', 'coordinator', 'signatory', 'stakeholder', 'official', 'observer', 'donegalCoordinator'];
const succeeded = (res: Response) => res.status >= 200 && res.status < 300;

/**
 * What a response lists in `can` is exactly what the API then lets the caller do: each action is tried, and it
 * succeeds when it was offered and is refused when it was not. The web app shows `can` and nothing else, so
 * it never offers what the API will refuse, nor hides what it would allow.
 */
describe('can: what is offered is what is allowed', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
  });
  afterAll(() => t.close());

  /** A strategy in consultation with one section, a comment to build on and a draft recommendation. */
  async function inConsultation() {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse für alle.'], 'consultation');
    const source = (
      await send(t, 'post', `/api/sections/${s.sectionIds[0]}/comments`, w.people.stakeholder, { body: 'Quelle' }).expect(201)
    ).body.id as string;
    const recommendation = (
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: 'R',
        body: 'B',
        proposalIds: [],
        commentIds: [source],
      }).expect(201)
    ).body.id as string;
    return { s, source, recommendation };
  }

  /** The same, approved by both organisations and submitted to the authority. */
  async function submitted() {
    const state = await inConsultation();
    for (const who of [w.people.signatory, businessSignatory])
      await decideOnCurrent(t, state.s.sectionIds[0]!, who, { decision: 'approve' });
    await send(t, 'post', `/api/strategies/${state.s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'post', `/api/strategies/${state.s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);
    return state;
  }

  /** Each strategy action, tried as `who`; the ones that change the stage or the text come last. */
  function attempts(
    who: Actor,
    { s, source, recommendation }: { s: DraftedStrategy; source: string; recommendation: string },
    move: string,
  ) {
    const section = s.sectionIds[0]!;
    const revisionOf = async (path: string) => `"${(await send(t, 'get', path, w.people.admin).expect(200)).body.revision}"`;
    return {
      exportDraft: () => send(t, 'get', `/api/strategies/${s.id}/export?format=json`, who),
      translate: () => send(t, 'put', `/api/sections/${section}/translations/en`, who, { heading: 'Section 1', body: 'Language courses.' }),
      comment: () => send(t, 'post', `/api/sections/${section}/comments`, who, { body: 'Anmerkung' }),
      approve: async () =>
        send(t, 'post', `/api/sections/${section}/approvals`, who, { decision: 'approve' }).set(
          'If-Match',
          await revisionOf(`/api/sections/${section}`),
        ),
      propose: () =>
        send(t, 'post', `/api/regions/${w.leipzig}/proposals`, who, { title: 'V', problem: 'P', proposal: 'V', strategyId: s.id }),
      recommend: () =>
        send(t, 'post', `/api/strategies/${s.id}/recommendations`, who, { title: 'R2', body: 'B', proposalIds: [], commentIds: [source] }),
      answer: () => send(t, 'post', `/api/recommendations/${recommendation}/response`, who, { decision: 'agreed', answer: 'Ja' }),
      addSection: () => send(t, 'post', `/api/strategies/${s.id}/sections`, who, { heading: 'Neu', body: 'B', theme: 'health' }),
      edit: async () =>
        send(t, 'patch', `/api/strategies/${s.id}`, who, { title: 'Umbenannt' }).set(
          'If-Match',
          await revisionOf(`/api/strategies/${s.id}`),
        ),
      transition: () => send(t, 'post', `/api/strategies/${s.id}/transitions`, who, { to: move, note: 'Bitte überarbeiten' }),
    };
  }

  async function check(stage: () => ReturnType<typeof inConsultation>, move: string) {
    const mismatches: string[] = [];
    for (const who of everyone) {
      const state = await stage();
      const detail = await send(t, 'get', `/api/strategies/${state.s.id}`, w.people[who]);
      const can: string[] = detail.status === 200 ? detail.body.can : [];
      for (const [action, attempt] of Object.entries(attempts(w.people[who], state, move))) {
        const res = await attempt();
        if (succeeded(res) !== can.includes(action))
          mismatches.push(`${who} ${action}: offered ${can.includes(action)}, answered ${res.status} ${res.body?.code ?? ''}`);
      }
    }
    expect(mismatches).toEqual([]);
  }

  it('on a strategy in consultation, for everyone', () => check(inConsultation, 'consolidation'));

  it('on a strategy submitted to the authority, for everyone', () => check(submitted, 'returned'));

  it('on proposals: endorse, withdraw and review as offered', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const mismatches: string[] = [];
    for (const who of everyone) {
      const proposal = (
        await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.signatory, {
          title: 'V',
          problem: 'P',
          proposal: 'V',
          strategyId: s.id,
        }).expect(201)
      ).body.id as string;
      const seen = await send(t, 'get', `/api/proposals/${proposal}`, w.people[who]);
      const can: string[] = seen.status === 200 ? seen.body.can : [];
      const tries: Record<string, () => Promise<Response>> = {
        endorse: async () => send(t, 'post', `/api/proposals/${proposal}/endorsements`, w.people[who]),
        review: async () => send(t, 'post', `/api/proposals/${proposal}/transitions`, w.people[who], { to: 'under_review' }),
        withdraw: async () => send(t, 'post', `/api/proposals/${proposal}/transitions`, w.people[who], { to: 'withdrawn' }),
      };
      for (const [action, attempt] of Object.entries(tries)) {
        // Each on the proposal as the caller saw it: a review or withdrawal that succeeded changes what follows.
        const offered = can.includes(action);
        const res = await attempt();
        if (succeeded(res) !== offered)
          mismatches.push(`${who} ${action}: offered ${offered}, answered ${res.status} ${res.body?.code ?? ''}`);
        if (succeeded(res)) break;
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('on comments: edit, delete and resolve as offered', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const mismatches: string[] = [];
    for (const who of everyone) {
      const comment = (
        await send(t, 'post', `/api/sections/${s.sectionIds[0]}/comments`, w.people.stakeholder, { body: 'Meins' }).expect(201)
      ).body.id;
      const list = await send(t, 'get', `/api/sections/${s.sectionIds[0]}/comments?limit=200`, w.people[who]);
      const can: string[] = list.status === 200 ? list.body.items.find((c: { id: string }) => c.id === comment).can : [];
      const tries: Record<string, () => Promise<Response>> = {
        resolve: async () => send(t, 'patch', `/api/comments/${comment}`, w.people[who], { status: 'resolved' }),
        edit: async () => send(t, 'patch', `/api/comments/${comment}`, w.people[who], { body: 'Geändert' }),
        delete: async () => send(t, 'delete', `/api/comments/${comment}`, w.people[who]),
      };
      for (const [action, attempt] of Object.entries(tries)) {
        const res = await attempt();
        if (succeeded(res) !== can.includes(action))
          mismatches.push(`${who} ${action}: offered ${can.includes(action)}, answered ${res.status} ${res.body?.code ?? ''}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
