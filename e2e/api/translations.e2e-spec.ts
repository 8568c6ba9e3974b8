import { businessSignatoryOf, world, type Actor, type World } from '../../apps/api/test/support/fixtures';
import { binary, readPdf } from '../../apps/api/test/support/exports';
import { decideOnCurrent, expectProblem, fieldPaths, send } from '../../apps/api/test/support/http';
import { draftStrategy } from '../../apps/api/test/support/strategy-fixtures';
import { countQueries, createTestApp, type TestApp } from '../../apps/api/test/support/test-app';

describe('translations of sections', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
  });
  afterAll(() => t.close());

  const path = (section: string, language?: string) => `/api/sections/${section}/translations${language ? `/${language}` : ''}`;
  const put = (section: string, language: string, body: object, who = w.people.coordinator) =>
    send(t, 'put', path(section, language), who, body);
  /** An edit by the coordinator on the section as it is now. */
  const edit = async (section: string, body: object) => {
    const { revision } = (await send(t, 'get', `/api/sections/${section}`, w.people.coordinator).expect(200)).body as { revision: number };
    return send(t, 'patch', `/api/sections/${section}`, w.people.coordinator, body).set('If-Match', `"${revision}"`);
  };
  const edited = async (section: string, body: object) => expect((await edit(section, body)).status).toBe(200);
  const auditCount = async () =>
    (await send(t, 'get', `/api/regions/${w.leipzig}/audit?limit=200`, w.people.coordinator).expect(200)).body.items.length as number;
  const rows = async () => (await t.db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM section_translations`))[0]!.n;

  it('need a session (401)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['x']);
    expectProblem(await send(t, 'get', path(s.sectionIds[0]!)), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'get', path(s.sectionIds[0]!, 'en')), 401, 'UNAUTHENTICATED');
    expectProblem(await send(t, 'put', path(s.sectionIds[0]!, 'en'), null, { heading: 'H', body: 'B' }), 401, 'UNAUTHENTICATED');
  });

  it('are written by a coordinator, read back one by one and listed by language code', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse für alle.']);
    const id = s.sectionIds[0]!;
    expectProblem(await send(t, 'get', path(id, 'en'), w.people.coordinator), 404, 'NOT_FOUND');
    const before = await auditCount();

    const written = await put(id, 'fr', { heading: 'Section 1', body: 'Des cours de langue pour tous.' }).expect(200);
    expect(written.body).toEqual({
      language: 'fr',
      heading: 'Section 1',
      body: 'Des cours de langue pour tous.',
      sourceRevision: 1,
      outdated: false,
      updatedAt: expect.any(String),
    });
    await put(id, 'en', { heading: 'Section 1', body: 'Language courses for all.' }).expect(200);
    expect((await send(t, 'get', path(id, 'fr'), w.people.coordinator).expect(200)).body).toEqual(written.body);

    const list = (await send(t, 'get', path(id), w.people.coordinator).expect(200)).body;
    expect(list.items.map((x: { language: string; body: string }) => [x.language, x.body])).toEqual([
      ['en', 'Language courses for all.'],
      ['fr', 'Des cours de langue pour tous.'],
    ]);
    expect(list.nextCursor).toBeNull();

    // Each write is on record; a PUT that repeats the translation of the current text changes nothing.
    expect(await auditCount()).toBe(before + 2);
    await put(id, 'en', { heading: 'Section 1', body: 'Language courses for all.' }).expect(200);
    expect(await auditCount()).toBe(before + 2);
    // The section's text and revision are untouched: a translation is not a revision.
    expect((await send(t, 'get', `/api/sections/${id}`, w.people.coordinator).expect(200)).body).toEqual(
      expect.objectContaining({ revision: 1, heading: 'Abschnitt 1', body: 'Sprachkurse für alle.' }),
    );
  });

  it('become outdated when the text changes (not when the section moves), and current when written again', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Erster Text', 'Zweiter']);
    const id = s.sectionIds[0]!;
    await put(id, 'en', { heading: 'Section 1', body: 'First text' }).expect(200);

    await edited(id, { position: 2 });
    expect((await send(t, 'get', path(id, 'en'), w.people.coordinator).expect(200)).body).toEqual(
      expect.objectContaining({ sourceRevision: 1, outdated: false }),
    );

    await edited(id, { body: 'Neuer Text' });
    expect((await send(t, 'get', path(id, 'en'), w.people.coordinator).expect(200)).body).toEqual(
      expect.objectContaining({ sourceRevision: 1, outdated: true, body: 'First text' }),
    );
    expect((await send(t, 'get', path(id), w.people.coordinator).expect(200)).body.items[0].outdated).toBe(true);

    const again = await put(id, 'en', { heading: 'Section 1', body: 'New text' }).expect(200);
    expect(again.body).toEqual(expect.objectContaining({ sourceRevision: 3, outdated: false, body: 'New text' }));
  });

  it("are read by the region's members, written by its coordinators only; other regions do not see a draft's", async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text'], 'consultation');
    const id = s.sectionIds[0]!;
    await put(id, 'en', { heading: 'Section', body: 'Text' }).expect(200);
    const draft = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Entwurf']);
    const before = { audit: await auditCount(), rows: await rows() };
    for (const who of [w.people.signatory, w.people.stakeholder, w.people.official, w.people.observer]) {
      expect((await send(t, 'get', path(id, 'en'), who).expect(200)).body.body).toBe('Text');
      expect((await send(t, 'get', path(id), who).expect(200)).body.items).toHaveLength(1);
      expectProblem(await put(id, 'en', { heading: 'Mine', body: 'Mine' }, who), 403, 'FORBIDDEN');
      expectProblem(await put(id, 'fr', { heading: 'Mine', body: 'Mine' }, who), 403, 'FORBIDDEN');
    }
    for (const who of [w.people.donegalCoordinator, w.people.outsider]) {
      expectProblem(await send(t, 'get', path(draft.sectionIds[0]!), who), 404, 'NOT_FOUND');
      expectProblem(await send(t, 'get', path(draft.sectionIds[0]!, 'en'), who), 404, 'NOT_FOUND');
      expectProblem(await put(draft.sectionIds[0]!, 'en', { heading: 'H', body: 'B' }, who), 404, 'NOT_FOUND');
      expectProblem(await put(id, 'en', { heading: 'H', body: 'B' }, who), 404, 'NOT_FOUND');
    }
    expectProblem(await put('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'en', { heading: 'H', body: 'B' }), 404, 'NOT_FOUND');
    // Nothing changed on any refused write.
    expect({ audit: await auditCount(), rows: await rows() }).toEqual(before);
    expect((await send(t, 'get', path(id, 'en'), w.people.coordinator).expect(200)).body.body).toBe('Text');
  });

  it('show on the strategy page with ?lang=, section by section, and its ETag changes with them', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins', 'Zwei']);
    const [first, second] = s.sectionIds as [string, string];
    const page = (query = '') => send(t, 'get', `/api/strategies/${s.id}${query}`, w.people.coordinator).expect(200);
    const shown = (res: { body: { sections: Array<{ heading: string; body: string; translation: unknown }> } }) =>
      res.body.sections.map((x) => [x.heading, x.body, x.translation]);

    const untranslated = await page('?lang=en');
    expect(shown(untranslated)).toEqual([
      ['Abschnitt 1', 'Eins', null],
      ['Abschnitt 2', 'Zwei', null],
    ]);
    await put(first, 'en', { heading: 'Section 1', body: 'One' }).expect(200);

    const english = await page('?lang=en');
    expect(shown(english)).toEqual([
      ['Section 1', 'One', { language: 'en', outdated: false }],
      ['Abschnitt 2', 'Zwei', null],
    ]);
    expect(english.headers.etag).not.toBe(untranslated.headers.etag);
    // In its own language, and without ?lang=, the strategy is shown as written; in another, as far as it is translated.
    const own = await page();
    expect(shown(own)).toEqual([
      ['Abschnitt 1', 'Eins', null],
      ['Abschnitt 2', 'Zwei', null],
    ]);
    expect(shown(await page('?lang=de'))).toEqual(shown(own));
    expect(shown(await page('?lang=fr'))).toEqual(shown(own));
    expect(own.headers.etag).not.toBe(english.headers.etag);
    await send(t, 'get', `/api/strategies/${s.id}?lang=en`, w.people.coordinator).set('If-None-Match', english.headers.etag!).expect(304);

    // A change of the text shows the translation as outdated, and the page's ETag changes.
    await edited(first, { body: 'Eins, neu' });
    const outdated = await page('?lang=en');
    expect(shown(outdated)[0]).toEqual(['Section 1', 'One', { language: 'en', outdated: true }]);
    expect(outdated.headers.etag).not.toBe(english.headers.etag);
    await put(second, 'en', { heading: 'Section 2', body: 'Two' }).expect(200);
    const more = await page('?lang=en');
    expect(shown(more)[1]).toEqual(['Section 2', 'Two', { language: 'en', outdated: false }]);
    expect(more.headers.etag).not.toBe(outdated.headers.etag);
    // Whoever reads the strategy reads it in translation.
    const read = (await send(t, 'get', `/api/strategies/${s.id}?lang=en`, w.people.admin).expect(200)).body;
    expect(read.sections[0].heading).toBe('Section 1');
  });

  it('show a strategy in translation with one query more than in its own language, for 1 section as for 12', async () => {
    const small = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins']);
    const large = await draftStrategy(
      t,
      w.leipzig,
      w.people.coordinator,
      Array.from({ length: 12 }, (_, i) => `Text ${i + 1}`),
    );
    for (const id of [...small.sectionIds, ...large.sectionIds]) await put(id, 'sv', { heading: 'Avsnitt', body: 'Text' }).expect(200);
    const read = (id: string, query = '') =>
      countQueries(t, () => send(t, 'get', `/api/strategies/${id}${query}`, w.people.coordinator).expect(200));
    const queries = {
      own: await read(small.id),
      few: await read(small.id, '?lang=sv'),
      many: await read(large.id, '?lang=sv'),
      ownLanguage: await read(large.id, '?lang=de'),
    };
    expect(queries).toEqual({ own: queries.own, few: queries.own + 1, many: queries.own + 1, ownLanguage: queries.own });
  });

  it('refuse a language that is not one of the interface languages (400)', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text']);
    const id = s.sectionIds[0]!;
    const badLang = await send(t, 'get', `/api/strategies/${s.id}?lang=xx`, w.people.coordinator);
    expectProblem(badLang, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(badLang)).toEqual(['query.lang']);
    expect(fieldPaths(await send(t, 'get', `/api/strategies/${s.id}?lang=EN`, w.people.coordinator))).toEqual(['query.lang']);
    expect(fieldPaths(await send(t, 'get', path(id, 'klingon'), w.people.coordinator))).toEqual(['params.language']);
    const badPut = await put(id, 'xx', { heading: 'H', body: 'B' });
    expectProblem(badPut, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(badPut)).toEqual(['params.language']);
    expect(fieldPaths(await put(id, 'en', { heading: '', body: 5 })).sort()).toEqual(['body.body', 'body.heading']);
    expect(await send(t, 'get', path(id), w.people.coordinator).expect(200)).toHaveProperty('body.items', []);
    // Ukrainian and Arabic are interface languages: a strategy may be translated into them.
    await put(id, 'uk', { heading: 'Розділ 1', body: 'Текст' }).expect(200);
    await put(id, 'ar', { heading: 'القسم 1', body: 'نص' }).expect(200);
  });

  it("refuse a translation into the strategy's own language, and write nothing", async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text']);
    const id = s.sectionIds[0]!;
    const before = { audit: await auditCount(), rows: await rows() };
    const res = await put(id, 'de', { heading: 'Abschnitt', body: 'Anderer Text' });
    expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(fieldPaths(res)).toEqual(['params.language']);
    expect({ audit: await auditCount(), rows: await rows() }).toEqual(before);
    expectProblem(await send(t, 'get', path(id, 'de'), w.people.coordinator), 404, 'NOT_FOUND');
    expect((await send(t, 'get', `/api/sections/${id}`, w.people.coordinator).expect(200)).body.body).toBe('Text');
  });

  it('are written after submission, while the text stays frozen', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eingereichter Text'], 'consultation');
    const id = s.sectionIds[0]!;
    for (const who of [w.people.signatory, businessSignatory]) await decideOnCurrent(t, id, who, { decision: 'approve' });
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'consolidation' }).expect(200);
    await send(t, 'post', `/api/strategies/${s.id}/transitions`, w.people.coordinator, { to: 'submitted' }).expect(200);

    const detail = (await send(t, 'get', `/api/strategies/${s.id}`, w.people.coordinator).expect(200)).body;
    expect(detail.can).toEqual(expect.arrayContaining(['translate']));
    expect(detail.can).not.toContain('edit');
    expect(detail.sections[0].can).toContain('translate');

    const written = await put(id, 'en', { heading: 'Section 1', body: 'Submitted text' }).expect(200);
    expect(written.body).toEqual(expect.objectContaining({ sourceRevision: 1, outdated: false }));
    expectProblem(await edit(id, { body: 'Zu spät' }), 409, 'TEXT_FROZEN');
    const section = (await send(t, 'get', `/api/sections/${id}`, w.people.coordinator).expect(200)).body;
    expect(section).toEqual(expect.objectContaining({ revision: 1, body: 'Eingereichter Text' }));
    // Other regions read a submitted strategy, in translation too, but do not translate it.
    expect((await send(t, 'get', path(id, 'en'), w.people.donegalCoordinator).expect(200)).body.body).toBe('Submitted text');
    expectProblem(await put(id, 'fr', { heading: 'H', body: 'B' }, w.people.donegalCoordinator), 403, 'FORBIDDEN');
    // The frozen version is the original text.
    const versions = (await send(t, 'get', `/api/strategies/${s.id}/versions`, w.people.coordinator).expect(200)).body;
    expect(versions.items).toHaveLength(1);
  });

  it('are summed up on the strategy page: each language, how many sections, how many outdated', async () => {
    const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Eins', 'Zwei', 'Drei']);
    const [first, second] = s.sectionIds as [string, string];
    const summary = async (query = '') =>
      (await send(t, 'get', `/api/strategies/${s.id}${query}`, w.people.coordinator).expect(200)).body.translations;
    expect(await summary()).toEqual([]);
    await put(first, 'pl', { heading: 'Sekcja 1', body: 'Jeden' }).expect(200);
    await put(second, 'pl', { heading: 'Sekcja 2', body: 'Dwa' }).expect(200);
    await put(first, 'ar', { heading: 'القسم 1', body: 'واحد' }).expect(200);
    await edited(second, { body: 'Zwei, neu' });
    const expected = [
      { language: 'ar', sections: 1, outdated: 0 },
      { language: 'pl', sections: 2, outdated: 1 },
    ];
    // The same whichever language the page is shown in.
    expect(await summary()).toEqual(expected);
    expect(await summary('?lang=pl')).toEqual(expected);
  });

  describe('exported', () => {
    const download = (strategyId: string, query: string) =>
      send(t, 'get', `/api/strategies/${strategyId}/export?${query}`, w.people.coordinator).buffer(true).parse(binary);

    it('as Markdown in a translation: its sections where translated, its labels in that language, the rest marked', async () => {
      const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse für alle.', 'Wohnen in der Stadt.', 'Arbeit.']);
      const [first, second] = s.sectionIds as [string, string];
      await put(first, 'en', { heading: 'Language courses', body: 'Language courses for all.' }).expect(200);
      await put(second, 'en', { heading: 'Housing', body: 'Housing in the city.' }).expect(200);
      await edited(second, { body: 'Wohnen in der ganzen Stadt.' });

      const res = await download(s.id, 'format=md&lang=en').expect(200);
      expect(res.headers['content-disposition']).toMatch(/-draft-en\.md"$/);
      const text = (res.body as Buffer).toString();
      expect(text).toContain('## 1. Language courses');
      expect(text).toContain('Language courses for all.');
      expect(text).not.toContain('Sprachkurse für alle.');
      expect(text).toContain('Theme: Employment · Revision 1');
      // The outdated translation is shown as such; the untranslated section as written, saying so, in English.
      expect(text).toContain('Housing in the city.');
      expect(text).toContain('Translated from an earlier revision');
      expect(text).toContain('Arbeit.');
      expect(text).toContain('Not translated yet: shown in German');
      expect(text).toContain('Translated from: German');
      // In its own language, the export is the strategy as written, with German labels.
      const own = (await download(s.id, 'format=md&lang=de').expect(200)).body.toString();
      expect(own).toContain('Sprachkurse für alle.');
      expect(own).not.toContain('Translated from');
      expect(own).toBe((await download(s.id, 'format=md').expect(200)).body.toString());
    });

    it('as PDF in Arabic: the document language is Arabic, its Arabic text readable in order', async () => {
      const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Sprachkurse für alle.']);
      await put(s.sectionIds[0]!, 'ar', { heading: 'دروس اللغة', body: 'دروس اللغة للجميع.' }).expect(200);
      const bytes = (await download(s.id, 'format=pdf&lang=ar').expect(200)).body as Buffer;
      const pdf = readPdf(bytes);
      expect(pdf.info.Language).toBe('ar');
      expect(pdf.headings.map((h) => h.text.trim())).toContain('1. دروس اللغة');
      expect(pdf.content).toContain('دروس اللغة للجميع.');
    });

    it('as JSON only as written: a translation is refused (400) and the written JSON served in its own language', async () => {
      const s = await draftStrategy(t, w.leipzig, w.people.coordinator, ['Text']);
      const refused = await send(t, 'get', `/api/strategies/${s.id}/export?format=json&lang=en`, w.people.coordinator);
      expectProblem(refused, 400, 'VALIDATION_FAILED');
      expect(fieldPaths(refused)).toEqual(['query.lang']);
      await download(s.id, 'format=json&lang=de').expect(200);
      expect(fieldPaths(await send(t, 'get', `/api/strategies/${s.id}/export?format=md&lang=xx`, w.people.coordinator))).toEqual([
        'query.lang',
      ]);
    });
  });
});
