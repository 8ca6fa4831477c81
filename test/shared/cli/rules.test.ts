import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRulesCli } from '../../../shared/cli/rules';
import { claim } from '../rules/fixtures';

function run(args: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runRulesCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('rules command line', () => {
  it('prints a decision and exits 0 for a valid claim', () => {
    const result = run(['evaluate', 'c.json'], { 'c.json': JSON.stringify(claim()) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ outcome: 'approvable', payable: '1500.00' });
  });

  it('exits 0 for a rejected claim too', () => {
    const result = run(['evaluate', 'c.json'], {
      'c.json': JSON.stringify(claim({ applicant: { role: 'parent' } })),
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).outcome).toBe('rejected');
  });

  it('exits 2 and lists every error by field for an invalid claim', () => {
    const bad = { ...claim(), benefit: 'ran-unicorn', child: { birthDate: '2019-02-30' } };
    const result = run(['evaluate', 'c.json'], { 'c.json': JSON.stringify(bad) });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const { errors } = JSON.parse(result.stderr);
    expect(errors.map((e: { path: string }) => e.path).sort()).toEqual(['benefit', 'child.birthDate']);
  });

  it('exits 2 naming each amount for ten lines of 9.999.999.999.999,99 kr. (no RangeError)', () => {
    const expenses = Array.from({ length: 10 }, () => ({
      date: '2026-02-20',
      amount: '9999999999999.99',
      description: 'Autostol',
    }));
    const result = run(['evaluate', 'c.json'], { 'c.json': JSON.stringify(claim({ expenses })) });
    expect(result.code).toBe(2);
    const { errors } = JSON.parse(result.stderr);
    expect(errors.map((e: { path: string }) => e.path)).toEqual(
      expenses.map((_, i) => `expenses[${i}].amount`),
    );
  });

  it('exits 2 for a file that is not JSON', () => {
    expect(run(['evaluate', 'c.json'], { 'c.json': '{"municipality":' }).code).toBe(2);
  });

  it('exits 1 with one line for an unreadable file or a wrong command', () => {
    const missing = run(['evaluate', 'nope.json']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(run(['judge']).code).toBe(1);
  });

  it('prints the catalogue with ids, municipalities and names in both languages', () => {
    const result = run(['catalogue']);
    const { benefits } = JSON.parse(result.stdout);
    expect(benefits).toHaveLength(111);
    expect(benefits[0]).toMatchObject({
      id: expect.any(String),
      municipality: expect.any(String),
      name: { da: expect.any(String), en: expect.any(String) },
    });
  });

  it('runs as `npm run --silent rules -- evaluate -`, reading the claim from standard input', () => {
    const stdout = execFileSync('npm', ['run', '--silent', 'rules', '--', 'evaluate', '-'], {
      cwd: join(import.meta.dirname, '../../..'),
      input: JSON.stringify(claim()),
      encoding: 'utf8',
    });
    expect(JSON.parse(stdout)).toMatchObject({ payable: '1500.00' });
  });
});
