/** The GitHub files that run the guard, the checker and the deployment. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => fs.readFile(path.join(root, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: unknown;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  env?: Record<string, unknown>;
  jobs: Record<string, { steps: Step[]; container?: string; needs?: string | string[]; if?: string; 'continue-on-error'?: unknown }>;
}
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps);

describe('.github/workflows', () => {
  it('pins every action to a full commit SHA with its version in a comment', async () => {
    for (const file of ['pr.yml', 'deploy.yml']) {
      const text = await read(`.github/workflows/${file}`);
      const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length, file).toBeGreaterThan(2);
      for (const [, ref, comment] of uses) {
        expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(comment, `${file}: ${ref}`).toMatch(/# v\d+\.\d+\.\d+/);
      }
    }
  });

  it('pr.yml checks with annotations, runs the guard from the base with the author and base, tests, builds and uploads dist/', async () => {
    const wf = parse(await read('.github/workflows/pr.yml')) as Workflow;
    const runs = steps(wf).map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run check -- --format github');
    expect(runs).toMatch(/npm run --silent guard -- --author "\$AUTHOR" --base "\$BASE_SHA"/);
    expect(steps(wf).find((s) => s.env?.AUTHOR)?.env).toEqual({ AUTHOR: '${{ github.event.pull_request.user.login }}', BASE_SHA: '${{ github.event.pull_request.base.sha }}' });
    expect(runs).toContain('npm test');
    expect(runs).toContain('npm run build');
    expect(runs).toMatch(/apt-get install[\s\S]*chromium/);
    expect(steps(wf).find((s) => s.uses?.startsWith('actions/upload-artifact@'))?.with).toMatchObject({ path: 'dist/' });
  });

  it('deploy.yml deploys on push to main, daily and on demand, caching the build cache folder it builds with', async () => {
    const wf = parse(await read('.github/workflows/deploy.yml')) as Workflow;
    expect(Object.keys(wf.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(wf.on.push).toEqual({ branches: ['main'] });
    const cache = steps(wf).find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.path).toBe(wf.env?.VAANDEL_CACHE_DIR);
    expect(String(cache?.with?.key)).toContain("hashFiles('content/**'");
    expect(steps(wf).some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  it('deploy.yml deploys only what a successful check and build made', async () => {
    const wf = parse(await read('.github/workflows/deploy.yml')) as Workflow;
    const build = wf.jobs.build!;
    const at = (test: (s: Step) => boolean) => build.steps.findIndex(test);
    const check = at((s) => s.run === 'npm run check -- --format github');
    const astro = at((s) => s.run === 'npm run build');
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') === true);
    expect(check).toBeGreaterThan(-1);
    expect(astro).toBeGreaterThan(check);
    expect(upload).toBeGreaterThan(astro);
    expect(build.steps[upload]!.with).toEqual({ path: 'dist/' });
    // A step runs only when every step before it succeeded, unless it says otherwise: none may.
    for (const step of build.steps.slice(0, upload + 1)) {
      expect(step['continue-on-error'], step.name ?? step.run ?? step.uses).toBeUndefined();
      expect(step.if ?? 'success()', step.name ?? step.run ?? step.uses).toBe('success()');
    }
    expect(build['continue-on-error']).toBeUndefined();
    // The deploy job takes the uploaded site, and runs only when the build job succeeded.
    const deploy = Object.values(wf.jobs).find((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')))!;
    expect([deploy.needs].flat()).toContain('build');
    expect(deploy.if ?? 'success()').toBe('success()');
  });
});

describe('.github templates', () => {
  it('the pull request template links the ambassador guide, which exists', async () => {
    expect(await read('.github/pull_request_template.md')).toContain('docs/ambassadors.md');
    await expect(fs.access(path.join(root, 'docs/ambassadors.md'))).resolves.toBeUndefined();
  });

  it('the "Become an ambassador" issue form asks for consent', async () => {
    const form = parse(await read('.github/ISSUE_TEMPLATE/become-an-ambassador.yml')) as { name: string; body: { id?: string; validations?: unknown; attributes: { options?: { required?: boolean }[] } }[] };
    expect(form.name).toBe('Become an ambassador');
    expect(form.body.find((b) => b.id === 'consent')?.attributes.options?.[0]?.required).toBe(true);
  });
});
