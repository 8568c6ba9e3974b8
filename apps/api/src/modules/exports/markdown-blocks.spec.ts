import { markdownBlocks } from './markdown-blocks';

describe('section Markdown as the PDF and DOCX writers see it', () => {
  it('keeps headings, emphasis, links, lists and tables', () => {
    const blocks = markdownBlocks(
      '# Ziele\n\nMit **fett**, *kursiv*, ~~alt~~ und [Link](https://example.org).\n\n- eins\n  1. a\n\n| A | B |\n|---|---|\n| 1 | **2** |\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, spans: [{ text: 'Ziele' }] },
      {
        kind: 'paragraph',
        spans: [
          { text: 'Mit ' },
          { text: 'fett', bold: true },
          { text: ', ' },
          { text: 'kursiv', italic: true },
          { text: ', ' },
          { text: 'alt', strike: true },
          { text: ' und ' },
          { text: 'Link', href: 'https://example.org' },
          { text: '.' },
        ],
      },
      {
        kind: 'list',
        ordered: false,
        start: 1,
        items: [
          [
            { kind: 'paragraph', spans: [{ text: 'eins' }] },
            { kind: 'list', ordered: true, start: 1, items: [[{ kind: 'paragraph', spans: [{ text: 'a' }] }]] },
          ],
        ],
      },
      { kind: 'table', head: [[{ text: 'A' }], [{ text: 'B' }]], rows: [[[{ text: '1' }], [{ text: '2', bold: true }]]] },
    ]);
  });

  it('shows raw HTML as the text it is, drops unsafe link targets and decodes entities', () => {
    expect(markdownBlocks('<b>x</b> [klick](javascript:alert(1)) &amp; &#228;\n\n<div>block</div>')).toEqual([
      { kind: 'paragraph', spans: [{ text: '<b>x</b> klick & ä' }] },
      { kind: 'paragraph', spans: [{ text: '<div>block</div>' }] },
    ]);
  });
});
