import { strFromU8, unzipSync } from 'fflate';
import { catalogue } from '@belong/i18n';
import { marked } from 'marked';
import { binary, readPdf } from './support/exports';
import { member, organisation, person, world, type Actor, type World, businessSignatoryOf } from './support/fixtures';
import { decideOnCurrent, send } from './support/http';
import { draftStrategy } from './support/strategy-fixtures';
import { countQueries, createTestApp, type TestApp } from './support/test-app';

describe('exports', () => {
  let t: TestApp;
  let w: World;
  let businessSignatory: Actor;
  beforeAll(async () => {
    t = await createTestApp();
    w = await world(t);
    businessSignatory = await businessSignatoryOf(t, w);
  });
  afterAll(() => t.close());

  /** A strategy in consultation with `sections` sections, each approved and commented on, and `recommendations` recommendations. */
  async function strategyOfSize(sections: number, recommendations: number) {
    const s = await draftStrategy(
      t,
      w.leipzig,
      w.people.coordinator,
      Array.from({ length: sections }, (_, i) => `Text ${i}`),
      'consultation',
    );
    const commentIds: string[] = [];
    for (const id of s.sectionIds) {
      await decideOnCurrent(t, id, w.people.signatory, { decision: 'approve' });
      commentIds.push((await send(t, 'post', `/api/sections/${id}/comments`, businessSignatory, { body: 'Gut' }).expect(201)).body.id);
    }
    for (let i = 0; i < recommendations; i++) {
      const p = (
        await send(t, 'post', `/api/regions/${w.leipzig}/proposals`, w.people.signatory, {
          title: `P${i}`,
          problem: 'P',
          proposal: 'V',
          strategyId: s.id,
        }).expect(201)
      ).body;
      await send(t, 'post', `/api/proposals/${p.id}/transitions`, w.people.coordinator, { to: 'under_review' }).expect(200);
      await send(t, 'post', `/api/proposals/${p.id}/transitions`, w.people.coordinator, { to: 'accepted', answer: 'Ja' }).expect(200);
      await send(t, 'post', `/api/strategies/${s.id}/recommendations`, w.people.coordinator, {
        title: `R${i}`,
        body: 'B',
        proposalIds: [p.id],
        commentIds,
      }).expect(201);
    }
    return s.id;
  }

  it('read a fixed number of queries, whatever the size of the strategy', async () => {
    const small = await strategyOfSize(1, 1);
    const large = await strategyOfSize(6, 3);
    for (const format of ['json', 'md', 'pdf', 'docx']) {
      const count = (id: string) =>
        countQueries(t, () =>
          send(t, 'get', `/api/strategies/${id}/export?format=${format}`, w.people.coordinator).buffer(true).parse(binary).expect(200),
        );
      expect({ format, queries: await count(large) }).toEqual({ format, queries: await count(small) });
    }
  });

  it('are worded in the strategy’s language, Irish as much as English, and tagged as such', async () => {
    const create = (title: string, language: string) =>
      send(t, 'post', `/api/regions/${w.donegal}/strategies`, w.people.donegalCoordinator, { title, language }).expect(201);
    const english = (await create('Donegal Integration Strategy', 'en')).body.id;
    const irish = (await create('Straitéis Imeasctha Dhún na nGall', 'ga')).body.id;
    const exportOf = (id: string, format: string) =>
      send(t, 'get', `/api/strategies/${id}/export?format=${format}`, w.people.donegalCoordinator).buffer(true).parse(binary).expect(200);

    const md = ((await exportOf(english, 'md')).body as Buffer).toString();
    expect(md).toContain('**Working draft**');
    expect(md).toContain('## 1. Annex: recommendations to the regional authority');
    expect(md).toContain('- Submitted to: Donegal County Council');

    const irishMarkdown = ((await exportOf(irish, 'md')).body as Buffer).toString();
    expect(irishMarkdown).toContain(`## ${catalogue.ga.document.contents}`);
    expect(irishMarkdown).not.toContain(catalogue.en.document.contents);

    const pdf = ((await exportOf(irish, 'pdf')).body as Buffer).toString('latin1');
    expect(pdf).toContain('/Lang (ga-IE)');
    // No word of the document is English any more, so none is marked as such.
    expect(pdf).not.toContain('/Lang (en-IE)');
    const docx = unzipSync(new Uint8Array((await exportOf(irish, 'docx')).body as Buffer));
    expect(strFromU8(docx['word/styles.xml']!)).toContain('<w:lang w:val="ga-IE"/>');
    const body = strFromU8(docx['word/document.xml']!);
    expect(body).toContain(catalogue.ga.document.contents);
    expect(body).not.toContain('w:val="en-IE"');
  });

  it('use the words the screen uses: a German theme reads as in the app', async () => {
    const id = (
      await send(t, 'post', `/api/regions/${w.leipzig}/strategies`, w.people.coordinator, { title: 'Sprache', language: 'de' }).expect(201)
    ).body.id;
    await send(t, 'post', `/api/strategies/${id}/sections`, w.people.coordinator, {
      heading: 'Kurse',
      body: 'Kurse für alle.',
      theme: 'language_learning',
    }).expect(201);
    const exportOf = (format: string) =>
      send(t, 'get', `/api/strategies/${id}/export?format=${format}`, w.people.coordinator).buffer(true).parse(binary).expect(200);

    expect(((await exportOf('md')).body as Buffer).toString()).toContain('Thema: Spracherwerb');
    expect(readPdf((await exportOf('pdf')).body as Buffer).content).toContain('Thema: Spracherwerb');
  });

  it('turn hostile text into harmless Markdown: plain text shows as written, raw HTML as text, unsafe links lose their target', async () => {
    const heading = '<script>alert(1)</script> # x';
    const orgName = '*Bold* [link](javascript:alert(1))';
    const hostileSignatory = await person(t, 'Hostile Signatory');
    await member(t, w.leipzig, hostileSignatory, 'stakeholder', {
      organisationId: await organisation(t, w.leipzig, orgName),
      signatory: true,
    });
    const id = (
      await send(t, 'post', `/api/regions/${w.leipzig}/strategies`, w.people.coordinator, {
        title: '1. _Plan_ | <b>2027</b>',
        language: 'en',
      }).expect(201)
    ).body.id;
    const section = (
      await send(t, 'post', `/api/strategies/${id}/sections`, w.people.coordinator, {
        heading,
        body: 'Text <img src=x onerror=alert(1)> and [click](javascript:alert(1)) [here](javascript&amp;#58;alert(1)).\n\n<div onclick="alert(1)">block</div>\n',
        theme: 'housing',
      }).expect(201)
    ).body.id;
    await send(t, 'post', `/api/strategies/${id}/transitions`, w.people.coordinator, { to: 'consultation' }).expect(200);
    await decideOnCurrent(t, section, hostileSignatory, { decision: 'approve', note: '- [x](vbscript:msgbox) `code`' });

    const md = (
      (await send(t, 'get', `/api/strategies/${id}/export?format=md`, w.people.coordinator).buffer(true).parse(binary).expect(200))
        .body as Buffer
    ).toString();
    // As a site that publishes the file would show it (marked passes raw HTML through).
    const html = await marked.parse(md, { gfm: true });
    const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map(([, tag]) => tag!.toLowerCase()));
    expect(
      [...tags].filter(
        (tag) =>
          !['h1', 'h2', 'h3', 'p', 'strong', 'em', 'code', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'].includes(
            tag,
          ),
      ),
    ).toEqual([]);
    const text = html
      .replace(/<[^>]*>/g, '')
      .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e] ?? e);
    expect(text).toContain('1. _Plan_ | <b>2027</b>');
    expect(text).toContain(`1. ${heading}`);
    expect(text).toContain(orgName);
    expect(text).toContain('- [x](vbscript:msgbox) `code`');
    expect(text).toContain('Text <img src=x onerror=alert(1)> and click here.');
    expect(text).toContain('<div onclick="alert(1)">block</div>');
  });
});
