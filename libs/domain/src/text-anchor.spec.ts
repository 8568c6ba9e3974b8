import { locateQuote } from './text-anchor';

describe('locateQuote', () => {
  const text = 'Sprachkurse stehen allen offen. Kurse am Abend und Kurse am Wochenende.';

  it('finds a quote that survived an edit', () => {
    expect(locateQuote({ exact: 'allen offen' }, `Neu: ${text}`)).toBe(`Neu: ${text}`.indexOf('allen offen'));
  });

  it('reports a quote whose words are gone', () => {
    expect(locateQuote({ exact: 'allen offen' }, 'Sprachkurse stehen Geflüchteten offen.')).toBe(-1);
    expect(locateQuote({ exact: '' }, text)).toBe(-1);
  });

  it('tells repeated words apart by their context', () => {
    expect(locateQuote({ exact: 'Kurse am', prefix: 'Abend und ', suffix: ' Wochenende' }, text)).toBe(text.lastIndexOf('Kurse am'));
    expect(locateQuote({ exact: 'Kurse am', prefix: 'offen. ', suffix: ' Abend' }, text)).toBe(text.indexOf('Kurse am'));
    expect(locateQuote({ exact: 'Kurse am' }, text)).toBe(text.indexOf('Kurse am'));
  });
});
