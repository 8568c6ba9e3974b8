import i18next from 'i18next';
import { numberFormatter, resources } from './index';

describe('numbers in messages', () => {
  const t = (lng: string, count: number) => {
    const instance = i18next.createInstance();
    void instance
      .use(numberFormatter)
      .init({ resources, lng, interpolation: { escapeValue: false, alwaysFormat: true }, initAsync: false });
    return instance.t('comments.title', { count });
  };

  it('are written as each language writes them', () => {
    expect(t('en', 12345)).toBe('Comments (12,345 open)');
    expect(t('de', 12345)).toContain('12.345');
    expect(t('pl', 12345)).toContain('12\u00a0345');
    expect(t('fr', 12345)).toContain('12\u202f345');
  });

  it('in Western digits in Arabic too, the same in every browser', () => {
    expect(t('ar', 12345)).toContain('12,345');
    expect(t('ar', 3)).toContain('3');
  });
});
