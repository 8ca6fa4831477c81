/**
 * The layering, checked by `npm run lint` (dependency-cruiser): the domain and the rules are pure,
 * the use cases know ports but no adapter, entry points stay thin, and nothing imports in a circle.
 * `test/lint/layering.test.ts` proves each rule fails on a deliberate violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'The domain (money, days, CPR), the rules and the payout domain (lines, bank files, schedule) import nothing of app, adapters, http, infra or runtime.',
      severity: 'error',
      from: { path: '^shared/(domain|rules|payouts)/' },
      to: { path: '^(shared/(app|adapters|http|runtime|cli|config)|infra|functions|workflows)/' },
    },
    {
      name: 'use-cases-know-no-adapter',
      comment:
        'Use cases talk to ports; the adapters (AWS, local, memory) are chosen by the composition roots.',
      severity: 'error',
      from: { path: '^shared/app/' },
      to: { path: '^(shared/(adapters|http|runtime)|infra|functions)/' },
    },
    {
      name: 'http-reaches-no-adapter',
      comment: 'Routes and pages go through use cases and ports, never to an adapter or the SDK directly.',
      severity: 'error',
      from: { path: '^shared/http/' },
      to: { path: '^(shared/adapters|infra|functions)/|^node_modules/@aws-sdk/' },
    },
    {
      name: 'http-changes-state-through-use-cases',
      comment:
        'A route calls the use case named after it; it never saves an application, creates or ends a link itself (test/lint/http-ports.test.ts checks it reaches no store through deps either).',
      severity: 'error',
      from: { path: '^shared/http/' },
      to: { path: '^shared/app/use-cases/(application-record|create-link|end-wait)\\.ts$' },
    },
    {
      name: 'functions-import-runtime-and-use-case',
      comment:
        'A Lambda entry file is a composition root: the runtime, its use case, the event schemas; no adapter, no infra.',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^(shared/adapters|infra|workflows)/' },
    },
    {
      name: 'browser-imports-only-pure-code',
      comment:
        "The pages' scripts (shared/browser, bundled for the browser) import their own modules and the domain's zod-free, luxon-free ones only: no Node, no package, no adapter.",
      severity: 'error',
      from: { path: '^shared/browser/' },
      to: { pathNot: '^shared/(browser/|domain/(money|typed-amount|escape-html)\\.ts$)' },
    },
    {
      name: 'only-the-browser-imports-browser-code',
      comment:
        'Server code never imports a browser script (its DOM types are checked apart, by shared/browser/tsconfig.json).',
      severity: 'error',
      from: { pathNot: '^shared/browser/' },
      to: { path: '^shared/browser/' },
    },
    {
      name: 'no-circular',
      comment: 'No module reaches itself through its imports (types included).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    parser: 'swc',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    includeOnly: '^(shared|functions|infra|workflows)/',
  },
};
