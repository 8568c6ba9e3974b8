import { exportUrl } from './export-strategy';

describe('exportUrl', () => {
  it('asks for the working draft when no version is chosen', () => {
    expect(exportUrl('0c4a3c1e-7b7e-4c1d-9f3a-1b2c3d4e5f60', 'pdf')).toBe(
      '/api/strategies/0c4a3c1e-7b7e-4c1d-9f3a-1b2c3d4e5f60/export?format=pdf',
    );
  });

  it('names the submitted version', () => {
    expect(exportUrl('s1', 'docx', 2)).toBe('/api/strategies/s1/export?format=docx&version=2');
  });

  it('escapes what it puts in the path', () => {
    expect(exportUrl('a/b', 'md')).toBe('/api/strategies/a%2Fb/export?format=md');
  });
});
