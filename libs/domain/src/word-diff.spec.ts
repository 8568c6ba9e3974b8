import { wordDiff, type DiffChunk } from './word-diff';

const spell = (chunks: DiffChunk[], side: 'before' | 'after') =>
  chunks
    .filter((c) => c.op === 'equal' || c.op === (side === 'before' ? 'delete' : 'insert'))
    .map((c) => c.text)
    .join('');

describe('wordDiff', () => {
  it('marks a replaced word as deleted and inserted, the rest as equal', () => {
    expect(wordDiff('Sprachkurse für alle Neuankömmlinge', 'Sprachkurse für alle Geflüchteten')).toEqual([
      { op: 'equal', text: 'Sprachkurse für alle ' },
      { op: 'delete', text: 'Neuankömmlinge' },
      { op: 'insert', text: 'Geflüchteten' },
    ]);
  });

  it('finds words added at the start and removed at the end', () => {
    expect(wordDiff('housing for families in Donegal', 'Affordable housing for families')).toEqual([
      { op: 'insert', text: 'Affordable ' },
      { op: 'equal', text: 'housing for families' },
      { op: 'delete', text: ' in Donegal' },
    ]);
  });

  it('gives one equal chunk for the same text and handles empty texts', () => {
    expect(wordDiff('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
    expect(wordDiff('', 'new')).toEqual([{ op: 'insert', text: 'new' }]);
    expect(wordDiff('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it.each([
    ['a b c d e f', 'a x c d y f z'],
    [
      'Integration ist eine gemeinsame Aufgabe.\n\n- Sprache\n- Arbeit',
      'Integration ist unsere gemeinsame Aufgabe.\n\n- Sprache\n- Arbeit\n- Wohnen',
    ],
    ['ą ć ę ł ń ó ś ź ż', 'ą ć ę ł ń ó ś ź ż ă â î ș ț'],
    ['one two three', 'three two one'],
  ])('spells both texts back: %j → %j', (before, after) => {
    const chunks = wordDiff(before, after);
    expect(spell(chunks, 'before')).toBe(before);
    expect(spell(chunks, 'after')).toBe(after);
  });

  it('stays minimal on a long text with one change', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const changed = [...words];
    changed[1500] = 'changed';
    const chunks = wordDiff(words.join(' '), changed.join(' '));
    expect(chunks.map((c) => c.op)).toEqual(['equal', 'delete', 'insert', 'equal']);
  });
});

describe('wordDiff on texts with nothing in common', () => {
  it('falls back to one deletion and one insertion, still spelling both texts', () => {
    const before = Array.from({ length: 2500 }, (_, i) => `a${i}`).join(' ');
    const after = Array.from({ length: 2500 }, (_, i) => `b${i}`).join(' ');
    const chunks = wordDiff(before, after);
    expect(chunks).toEqual([
      { op: 'delete', text: before },
      { op: 'insert', text: after },
    ]);
  });
});
