import { loadConfig } from './config';

describe('the environment', () => {
  const url = 'postgres://belong:secret@db:5432/belong';

  it('loads the demo data when trying Belong out, on the embedded PostgreSQL', () => {
    expect(loadConfig({})).toEqual(expect.objectContaining({ demoData: true, databaseUrl: undefined }));
  });

  it('refuses a production start without DATABASE_URL, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL is required in production/);
  });

  it('never loads the demo data (its password is published) in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: url }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, DEMO_DATA: 'true' }).demoData).toBe(true);
    expect(loadConfig({ DATABASE_URL: url, DEMO_DATA: 'false' }).demoData).toBe(false);
  });
});
