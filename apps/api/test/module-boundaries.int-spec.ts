import { spawn } from 'node:child_process';
import { join } from 'node:path';

interface Probe {
  path: string;
  code: string;
}

/**
 * The messages the import boundaries give `code` as if it stood at `path`, for each probe: linted with the zones
 * `npm run lint` uses, in a process of its own (ESLint's configuration is an ES module, which jest cannot load).
 */
async function lint(probes: Probe[]): Promise<string[][]> {
  const child = spawn(process.execPath, [join(__dirname, 'support/lint-boundaries.mjs')]);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdin.end(JSON.stringify(probes));
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(err);
  return JSON.parse(out) as string[][];
}

const importing = (what: string, from: string) => `import { ${what} } from '${from}';\nexport const used = ${what};`;

/** The house's boundaries are the linter's: a change that crosses one fails `npm run lint`. */
describe('module boundaries', () => {
  let results: string[][];
  const probes: Record<string, Probe> = {
    otherEntity: { path: 'apps/api/src/modules/comments/probe.ts', code: importing('SectionEntity', '../sections/section.entity') },
    otherRepository: {
      path: 'apps/api/src/modules/comments/probe.ts',
      code: importing('SectionsRepository', '../sections/sections.repository'),
    },
    otherService: { path: 'apps/api/src/modules/comments/probe.ts', code: importing('SectionsService', '../sections/sections.service') },
    ownEntity: { path: 'apps/api/src/modules/comments/probe.ts', code: importing('CommentEntity', './comment.entity') },
    seedEntity: { path: 'apps/api/src/seed/probe.ts', code: importing('UserEntity', '../modules/users/user.entity') },
    infraModule: { path: 'apps/api/src/infra/probe.ts', code: importing('AuditService', '../modules/audit/audit.service') },
    webLibFeature: { path: 'apps/web/src/lib/probe.ts', code: importing('useMe', '../features/auth/api/get-me') },
    webComponentApp: { path: 'apps/web/src/components/ui/probe.ts', code: importing('router', '../../app/router') },
    webFeatureApp: { path: 'apps/web/src/features/auth/probe.ts', code: importing('router', '../../app/router') },
    webAppFeature: { path: 'apps/web/src/app/probe.ts', code: importing('useMe', '../features/auth/api/get-me') },
  };
  const said = (name: keyof typeof probes) => results[Object.keys(probes).indexOf(name)]!;

  beforeAll(async () => {
    results = await lint(Object.values(probes));
  });

  it("keep a module's entities and repository to itself; its service is for everyone", () => {
    expect(said('otherEntity')).toEqual([expect.stringContaining('The sections module owns its tables')]);
    expect(said('otherRepository')).toEqual([expect.stringContaining('The sections module owns its tables')]);
    expect(said('otherService')).toEqual([]);
    expect(said('ownEntity')).toEqual([]);
  });

  it('keep the demo data off the tables of modules, and infrastructure off modules altogether', () => {
    expect(said('seedEntity')).toEqual([expect.stringContaining('The users module owns its tables')]);
    expect(said('infraModule')).toEqual([expect.stringContaining('Infrastructure serves every module')]);
  });

  it('keep the web app one way: shared → features → app', () => {
    expect(said('webLibFeature')).toEqual([expect.stringContaining('Shared building blocks')]);
    expect(said('webComponentApp')).toEqual([expect.stringContaining('Shared building blocks')]);
    expect(said('webFeatureApp')).toEqual([expect.stringContaining('Features do not know the app')]);
    expect(said('webAppFeature')).toEqual([]);
  });
});
