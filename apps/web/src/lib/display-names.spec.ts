import { formatDate, formatDateTime } from './display-names';

// 10:05 UTC is the same calendar day from UTC−10 to UTC+13, wherever the tests run.
const moment = '2026-12-02T10:05:00Z';

describe('dates in English', () => {
  it('put the day before the month and use the 24-hour clock, as in en-GB', () => {
    expect(formatDateTime(moment, 'en')).toMatch(/^2 Dec 2026, \d\d:05$/);
  });

  it('write a calendar date in full with the day first', () => {
    expect(formatDate('2026-12-02', 'en')).toBe('2 December 2026');
  });
});

describe('dates in German', () => {
  it('stay German', () => {
    expect(formatDateTime(moment, 'de')).toMatch(/^02\.12\.2026, \d\d:05$/);
    expect(formatDate('2026-12-02', 'de')).toBe('2. Dezember 2026');
  });
});
