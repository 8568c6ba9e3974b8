import { createMemberRequest, createUserRequest, listQuery } from './index';

describe('createMemberRequest', () => {
  const userId = '7b0e5a52-3c7c-4a4e-9a51-2f6f3f0f3a11';
  const organisationId = '0c7f1c2e-8d0a-4f4b-9a6e-1d2c3b4a5f60';

  it('requires an organisation for a stakeholder', () => {
    const result = createMemberRequest.safeParse({ userId, role: 'stakeholder' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['organisationId']);
  });

  it('accepts a signatory stakeholder with an organisation', () => {
    expect(createMemberRequest.parse({ userId, role: 'stakeholder', organisationId, signatory: true })).toEqual({
      userId,
      role: 'stakeholder',
      organisationId,
      signatory: true,
    });
  });

  it('refuses an organisation or signature for anyone but a stakeholder', () => {
    const result = createMemberRequest.safeParse({ userId, role: 'official', organisationId, signatory: true });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['organisationId', 'signatory']);
  });

  it('refuses unknown fields', () => {
    expect(createMemberRequest.safeParse({ userId, role: 'observer', admin: true }).success).toBe(false);
  });
});

describe('createUserRequest', () => {
  it('normalises the email address to lower case', () => {
    const parsed = createUserRequest.parse({ email: ' Ana@Example.ORG ', name: 'Ana', password: 'a long passphrase' });
    expect(parsed.email).toBe('ana@example.org');
  });

  it('refuses a short password', () => {
    expect(createUserRequest.safeParse({ email: 'a@b.eu', name: 'A', password: 'short' }).success).toBe(false);
  });
});

describe('listQuery', () => {
  it('defaults to 50 and caps at 200', () => {
    expect(listQuery.parse({}).limit).toBe(50);
    expect(listQuery.safeParse({ limit: '201' }).success).toBe(false);
    expect(listQuery.parse({ limit: '200' }).limit).toBe(200);
  });
});
