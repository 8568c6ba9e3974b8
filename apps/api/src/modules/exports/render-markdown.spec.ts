import type { DocumentAnswer, StrategyDocument } from '@belong/contracts';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { labelsFor } from './labels';
import { renderMarkdown } from './render-markdown';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Text that means something in Markdown or HTML, typed where Belong takes plain text. */
const hostile = {
  title: '# Plan_2027_ | <b>bold</b>',
  region: '*Emphasised* region',
  authority: '[Council](javascript:alert(1))',
  heading: '<script>alert(1)</script> # x',
  organisation: '*Bold* [link](javascript:alert(1))',
  note: '- not a list | `code` <img src=x onerror=alert(1)>',
  recommendation: '1. Evening classes ![i](x)',
  proposal: '> Proposal | with pipe',
  comment: '<a href="javascript:alert(1)">here</a>',
  author: '_Ann_ ~~Lee~~',
  answer: '+ Yes, **in part**\n# and a heading',
  department: '2027. Social services',
};

function strategy(body: string, recommendationBody = 'A **short** text.'): StrategyDocument {
  return {
    format: 'belong.strategy/1',
    version: null,
    submittedAt: null,
    region: { id: id(1), code: 'leipzig', name: hostile.region, country: 'DE', authority: hostile.authority },
    strategy: { id: id(2), title: hostile.title, language: 'en', approvalRule: { minOrganisations: 2, requiredTypes: [] } },
    sections: [
      {
        id: id(3),
        position: 1,
        heading: hostile.heading,
        body,
        theme: 'housing',
        revision: 2,
        signOff: [
          {
            organisation: hostile.organisation,
            organisationType: 'ngo',
            decision: 'approve',
            note: hostile.note,
            revision: 2,
            current: true,
            at: '2027-01-02T10:00:00.000Z',
          },
        ],
      },
    ],
    recommendations: [
      {
        id: id(4),
        title: hostile.recommendation,
        body: recommendationBody,
        sources: {
          proposals: [
            { id: id(5), title: hostile.proposal, status: 'accepted', organisation: hostile.organisation, organisationType: 'ngo' },
          ],
          comments: [{ id: id(6), sectionId: id(3), body: hostile.comment, author: hostile.author, organisation: null }],
        },
      },
    ],
    participation: {
      byType: [{ organisationType: 'ngo', organisations: 1, commented: 1, proposed: 1, endorsed: 0, approved: 1 }],
      proposals: { accepted: 1, partiallyAccepted: 0, rejected: 0, open: 0, withdrawn: 0 },
    },
  };
}

const answers: DocumentAnswer[] = [
  {
    recommendationId: id(4),
    decision: 'agreed_in_part',
    answer: hostile.answer,
    department: hostile.department,
    dueDate: '2027-12-31',
    at: '2027-02-01T10:00:00.000Z',
  },
];

/** The exported file as a Markdown reader (CommonMark with GitHub's extensions) understands it. */
function read(markdown: string) {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function all(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap(all) : [])];
}

function exported(body: string, recommendationBody?: string) {
  return read(renderMarkdown(strategy(body, recommendationBody), answers, 'c0ffee', labelsFor('en')));
}

describe('the Markdown export', () => {
  it('shows plain text as it was typed: no heading, list, emphasis, link or HTML comes out of it', () => {
    const tree = exported('Plain words.');
    const nodes = all(tree);
    const text = flat(toString(tree));
    for (const value of Object.values(hostile)) expect(text).toContain(flat(value));
    expect(nodes.filter((n) => n.type === 'heading').map((n) => toString(n))).toEqual([
      hostile.title,
      'Contents',
      `1. ${hostile.heading}`,
      'Sign-off by organisations',
      '2. Annex: recommendations to the regional authority',
      `1. ${hostile.recommendation}`,
      '3. Participation',
      'Proposals',
    ]);
    expect(nodes.filter((n) => ['html', 'link', 'image', 'linkReference', 'delete', 'blockquote'].includes(n.type))).toEqual([]);
    expect(nodes.filter((n) => n.type === 'emphasis').map((n) => toString(n))).toEqual(['Theme: Housing · Revision 2']);
    expect(nodes.filter((n) => n.type === 'inlineCode').map((n) => toString(n))).toEqual(['c0ffee', 'c0ffee']);
  });

  it('keeps the Markdown of section and recommendation texts, their headings under the section’s', () => {
    const nodes = all(
      exported(
        '# Goals\n\nWith **bold**, *italic*, ~~old~~ and [a link](https://example.org) or [mail](mailto:a@example.org).\n\n- one\n  1. a\n\n| A | B |\n|---|---|\n| 1 | 2 |\n',
        '## Why\n\nSee [the plan][p].\n\n[p]: /strategies/plan\n\nUnderlined\n---\n\n###### Deep\n',
      ),
    );
    expect(
      nodes.flatMap((n) =>
        n.type === 'heading' && ['Goals', 'Why', 'Underlined', 'Deep'].includes(toString(n)) ? [[toString(n), n.depth]] : [],
      ),
    ).toEqual([
      ['Goals', 3],
      ['Why', 5],
      ['Underlined', 5],
      ['Deep', 6],
    ]);
    expect(nodes.filter((n) => n.type === 'link' || n.type === 'definition').map((n) => n.url)).toEqual([
      'https://example.org',
      'mailto:a@example.org',
      '/strategies/plan',
    ]);
    expect(nodes.filter((n) => n.type === 'linkReference').map((n) => toString(n))).toEqual(['the plan']);
    // The section's table, then the sign-off, the participation and the proposals' outcomes.
    expect(nodes.filter((n) => n.type === 'table')).toHaveLength(4);
    expect(nodes.filter((n) => ['strong', 'emphasis', 'delete'].includes(n.type)).map((n) => [n.type, toString(n)])).toEqual(
      expect.arrayContaining([
        ['strong', 'bold'],
        ['emphasis', 'italic'],
        ['delete', 'old'],
      ]),
    );
  });

  it('shows raw HTML in texts as text, and drops link and image targets that would run code, whatever their spelling', () => {
    const body = [
      'Text <img src=x onerror=alert(1)> <b onclick="alert(1)">bold</b>',
      '',
      '<script>alert("block")</script>',
      '',
      '<div onmouseover="alert(1)">',
      'block',
      '</div>',
      '',
      '[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](java&#115;cript:alert(1)) [d](<java\tscript:alert(1)>)',
      '[e](javascript&colon;alert(1)) [f](&#x6A;avascript:alert(1)) [g](javascript&amp;#58;alert(1)) [h]( vbscript:msgbox(1) )',
      '<javascript:alert(1)> ![i](data:text/html;base64,PHNjcmlwdD4=) [j][r] ![k][r]',
      '',
      '[r]: vbscript:msgbox(1)',
    ].join('\n');
    const tree = exported(body, '[l](javascript:alert(1)) <iframe srcdoc="<script>alert(1)</script>"></iframe>');
    const nodes = all(tree);
    expect(nodes.filter((n) => n.type === 'html')).toEqual([]);
    // None of these targets is safe: not one link or image is left, however a reader decodes it.
    expect(nodes.filter((n) => ['link', 'image', 'linkReference', 'imageReference', 'definition'].includes(n.type))).toEqual([]);
    const text = flat(toString(tree));
    for (const shown of [
      'Text <img src=x onerror=alert(1)> <b onclick="alert(1)">bold</b>',
      '<script>alert("block")</script>',
      '<div onmouseover="alert(1)">',
      'a b c d e f g h',
      'javascript:alert(1) i j k',
      'l <iframe srcdoc="<script>alert(1)</script>"></iframe>',
    ]) {
      expect(text).toContain(shown);
    }
  });
});
