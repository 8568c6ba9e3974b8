import { mergeTexts } from './three-way-merge';

describe('mergeTexts', () => {
  const base = 'Sprachkurse stehen allen offen. Kurse am Abend ergänzen das Angebot.';

  it('applies both people’s changes when they touched different words', () => {
    const mine = 'Sprachkurse stehen allen Neuankommenden offen. Kurse am Abend ergänzen das Angebot.';
    const theirs = 'Sprachkurse stehen allen offen. Kurse am Abend und online ergänzen das Angebot.';
    expect(mergeTexts(base, mine, theirs)).toBe(
      'Sprachkurse stehen allen Neuankommenden offen. Kurse am Abend und online ergänzen das Angebot.',
    );
  });

  it('gives up (null) when both changed the same words differently', () => {
    expect(mergeTexts(base, base.replace('Abend', 'Morgen'), base.replace('Abend', 'Wochenende'))).toBeNull();
  });

  it('takes the one change when only one person changed the text, and agrees with identical changes', () => {
    const changed = base.replace('allen', 'wirklich allen');
    expect(mergeTexts(base, base, changed)).toBe(changed);
    expect(mergeTexts(base, changed, base)).toBe(changed);
    expect(mergeTexts(base, changed, changed)).toBe(changed);
  });
});
