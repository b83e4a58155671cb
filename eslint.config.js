// @ts-check
import tseslint from 'typescript-eslint';

/**
 * Layers, top to bottom (README "Architecture"). A layer imports only layers
 * below it; the rules below forbid every upward import, and the I/O packages
 * a layer must not touch. Paths are matched exactly: each rule is generated
 * per folder depth, so `../../store/x` means `src/store/x` and never
 * `src/conversation/store/x`.
 *
 *   root        src/main.ts, src/server.ts, src/modules.ts (composition)
 *   contract    src/module.ts (what modules are given and return)
 *   entry       src/channels/<name>, src/http (admin API, HR console /hr, verification), src/jobs
 *   flows       flows/
 *   engine      src/conversation (+ store, render, understand)
 *   services    src/services
 *   support     src/outbox, src/payslip, src/documents, src/i18n (src/payslip may use src/documents' PDF pieces)
 *   store       src/store (+ the generated Prisma clients)
 *   core        src/chat, src/domain, src/backoff.ts, src/clock.ts, src/config.ts, src/logger.ts, src/log-redaction.ts
 */

const ROOT = ['main', 'server', 'modules'];
const CONTRACT = ['module'];
const ENTRY = ['channels', 'http', 'jobs'];
const ENGINE = ['conversation'];
const SUPPORT = ['outbox', 'payslip', 'documents', 'i18n'];
const STORE = ['store', 'generated'];
/** Packages that talk to the outside world or to a framework. */
const IO_PACKAGES = ['@prisma/', 'prisma', 'pg', 'better-sqlite3', 'telegraf', '@whiskeysockets/', 'fastify', '@fastify/', 'node-cron', 'pino', 'pdfkit', 'qrcode', 'node:', 'fs', 'net', 'http', 'https', 'child_process'];
const CHAT_PACKAGES = ['telegraf', '@whiskeysockets/', 'fastify', '@fastify/'];

/**
 * @typedef {{ id: string, message: string, src?: string[], srcRegex?: string[], flows?: boolean, packages?: string[], allowTypeImports?: boolean }} Forbid
 * `src`: top-level entries of src/ (folders or root files without `.ts`) this layer may not import;
 * `srcRegex`: the same as regular expressions;
 * `flows`: whether flows/ is forbidden; `packages`: package names or prefixes (ending in `/` or `:`).
 */

/** @param {string} s */
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The relative path from a file of `folder` (with `sub` unknown folders below
 * it) to `target` (a path from the project root), as a regex source.
 * @param {string} folder @param {number} sub @param {string} target
 */
function pathTo(folder, sub, target) {
  const from = folder.split('/');
  const to = target.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const ups = from.length - common + sub;
  return (ups === 0 ? '\\./' : '\\.\\./'.repeat(ups)) + to.slice(common).join('/');
}

/**
 * The regex of one forbidden group, for a file of `folder` with `sub` unknown folders below it.
 * @param {Forbid} forbid @param {string} folder @param {number} sub
 */
function regexOf(forbid, folder, sub) {
  const alternatives = [];
  const targets = [...(forbid.src ?? []).map(escape), ...(forbid.srcRegex ?? [])];
  for (const target of targets) alternatives.push(`^${pathTo(folder, sub, `src/${target}`)}(/|\\.(ts|js)$|$)`);
  if (forbid.flows) alternatives.push(`^${pathTo(folder, sub, 'flows/x').replace(/x$/, '')}`);
  for (const p of forbid.packages ?? []) {
    alternatives.push(p.endsWith('/') || p.endsWith(':') ? `^${escape(p)}` : `^${escape(p)}(/|$)`);
  }
  if (alternatives.length === 0) throw new Error(`empty rule ${forbid.id}`);
  return alternatives.join('|');
}

/**
 * One layer: flat-config blocks for every folder depth, plus one block per
 * listed exception (the same rule without the excepted groups).
 * @param {{ folder: string, files?: string[], forbid: Forbid[], except?: Record<string, string[]> }} layer
 */
function layer({ folder, files, forbid, except = {} }) {
  const blocks = [];
  const rule = (/** @type {Forbid[]} */ list, /** @type {number} */ depth) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: list.map((f) => ({
          regex: regexOf(f, folder, depth - folder.split('/').length),
          caseSensitive: true,
          message: f.message,
          ...(f.allowTypeImports ? { allowTypeImports: true } : {}),
        })),
      },
    ],
  });
  const globs = files ?? Array.from({ length: 6 }, (_, i) => `${folder}/${'*/'.repeat(i)}*.ts`);
  for (const glob of globs) {
    const depth = glob.split('/').length - 1;
    blocks.push({ files: [glob], ignores: Object.keys(except), rules: rule(forbid, depth) });
  }
  for (const [file, ids] of Object.entries(except)) {
    const depth = file.split('/').length - 1;
    blocks.push({ files: [file], rules: rule(forbid.filter((f) => !ids.includes(f.id)), depth) });
  }
  return blocks;
}

/** @param {string} id @param {string} message @param {Partial<Forbid>} rest @returns {Forbid} */
const forbid = (id, message, rest) => ({ id, message, ...rest });

const noRoot = forbid('root', 'Nothing imports the composition root (main, server, modules): take the contract from src/module.ts.', { src: ROOT });
const noContract = forbid('contract', 'Only modules and the root use the module contract (src/module.ts).', { src: CONTRACT });

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', 'src/generated/**', 'coverage/**'] },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unsafe-declaration-merging': 'error',
      '@typescript-eslint/no-duplicate-enum-values': 'error',
      '@typescript-eslint/no-misused-new': 'error',
      '@typescript-eslint/no-namespace': 'error',
      '@typescript-eslint/prefer-as-const': 'error',
      '@typescript-eslint/no-wrapper-object-types': 'error',
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-self-assign': 'error',
      'no-unsafe-finally': 'error',
      'no-var': 'error',
    },
  },
  {
    // The process's own start-up lines in main.ts are the only console output: everything else logs through pino.
    files: ['src/**/*.ts', 'flows/**/*.ts'],
    ignores: ['src/main.ts'],
    rules: { 'no-console': 'error' },
  },

  // core: pure, imports only zod and itself
  ...layer({
    folder: 'src/domain',
    forbid: [
      forbid('layers', 'src/domain is pure: it imports only zod and itself.', {
        src: [...ROOT, ...CONTRACT, ...ENTRY, ...ENGINE, 'services', ...SUPPORT, ...STORE, 'chat', 'backoff', 'clock', 'config', 'logger', 'log-redaction'],
        flows: true,
      }),
      forbid('io', 'src/domain is pure: no I/O, no framework.', { packages: IO_PACKAGES }),
    ],
  }),
  ...layer({
    folder: 'src/chat',
    forbid: [
      forbid('layers', 'src/chat holds the channel-neutral contract: it imports only zod and the domain.', {
        src: [...ROOT, ...CONTRACT, ...ENTRY, ...ENGINE, 'services', ...SUPPORT, ...STORE, 'backoff', 'clock', 'config', 'logger', 'log-redaction'],
        flows: true,
      }),
      forbid('io', 'src/chat is a contract: no I/O, no framework.', { packages: IO_PACKAGES }),
    ],
  }),
  ...layer({
    folder: 'src',
    files: ['src/backoff.ts', 'src/clock.ts', 'src/config.ts', 'src/logger.ts', 'src/log-redaction.ts'],
    forbid: [
      forbid('layers', 'The process kernel (backoff, clock, config, logger) sits below every layer.', {
        src: [...ROOT, ...CONTRACT, ...ENTRY, ...ENGINE, 'services', ...SUPPORT, ...STORE, 'chat'],
        flows: true,
      }),
    ],
  }),

  // store
  ...layer({
    folder: 'src/store',
    forbid: [
      forbid('layers', 'src/store is the lowest layer with I/O: it imports no layer above it.', {
        src: [...ROOT, ...CONTRACT, ...ENTRY, ...ENGINE, 'services', ...SUPPORT],
        flows: true,
      }),
      forbid('chat', 'src/store knows no chat or channel.', { packages: CHAT_PACKAGES }),
    ],
  }),

  // support: outbox, payslip PDF, leave paperwork PDFs (documents), i18n
  ...['src/outbox', 'src/payslip', 'src/documents', 'src/i18n'].flatMap((folder) =>
    layer({
      folder,
      forbid: [
        noRoot,
        noContract,
        forbid('layers', `${folder} sits below services, the engine and the entry points.`, {
          src: [...ENTRY, ...ENGINE, 'services', ...SUPPORT.filter((s) => `src/${s}` !== folder && s !== 'i18n' && !(folder === 'src/payslip' && s === 'documents'))],
          flows: true,
        }),
        forbid('chat', `${folder} knows no channel library: channels render.`, { packages: CHAT_PACKAGES }),
      ],
    }),
  ),

  // services: use cases
  ...layer({
    folder: 'src/services',
    forbid: [
      noRoot,
      noContract,
      forbid('layers', 'Services are use cases: they import no engine, flow, channel, HTTP or job code.', {
        src: [...ENTRY, ...ENGINE],
        flows: true,
      }),
      forbid('chat', 'Services know no chat or web framework: they take and return neutral messages (src/chat).', {
        packages: ['telegraf', 'fastify', '@fastify/'],
      }),
    ],
  }),

  // engine
  ...layer({
    folder: 'src/conversation',
    forbid: [
      noRoot,
      noContract,
      forbid('layers', 'The conversation engine knows no channel, HTTP, job or outbox worker, and no flow (the registry is handed to it).', {
        src: [...ENTRY, 'outbox'],
        flows: true,
      }),
      forbid('chat', 'The conversation engine knows no chat library or web framework.', { packages: CHAT_PACKAGES }),
    ],
  }),

  // flows
  ...layer({
    folder: 'flows',
    forbid: [
      noRoot,
      noContract,
      forbid('layers', 'Flows talk to people through the engine and to data through services: no channel, HTTP, job, outbox or store.', {
        src: [...ENTRY, 'outbox', ...STORE],
      }),
      forbid('turn-store', "Flows do not reach the engine's own store.", { src: ['conversation/store'] }),
      forbid('io', 'Flows use no Prisma client, no chat library and no web framework.', {
        packages: ['@prisma/', 'prisma', ...CHAT_PACKAGES, 'node:'],
      }),
    ],
  }),

  // entry points: one block per channel, so that a channel cannot reach a sibling
  ...['telegram', 'whatsapp', 'local'].flatMap((name) => {
    const seams = { telegram: [], whatsapp: ['whatsapp'], local: ['dev'] }[name] ?? [];
    const otherChannels = ['telegram', 'whatsapp', 'local'].filter((n) => n !== name).map((n) => `channels/${n}`);
    const services = ['notify', 'identity', ...seams];
    return layer({
      folder: `src/channels/${name}`,
      forbid: [
        noRoot,
        forbid('services', `A channel only translates: it reaches services through the engine, or the notice and identity seams (services/${services.join(', services/')}).`, {
          srcRegex: [`services/(?!(${services.join('|')})/)[^/]+`],
        }),
        forbid('store', 'A channel keeps no data: it passes the database through (types only) and leaves queries to services.', {
          src: STORE,
          allowTypeImports: true,
        }),
        forbid('prisma', 'A channel keeps no data: no Prisma client.', { packages: ['@prisma/', 'prisma'] }),
        forbid('outbox', 'A channel only sends what the outbox worker hands it (src/chat/channel-sender.ts): it does not enqueue.', { src: ['outbox'] }),
        forbid('siblings', 'A channel does not import another channel.', { src: otherChannels }),
        forbid('layers', 'A channel imports no flow and no job.', { src: ['jobs'], flows: true }),
      ],
    });
  }),
  // helpers every channel may share (src/channels/*.ts): pure renderers of neutral messages
  ...layer({
    folder: 'src/channels',
    files: ['src/channels/*.ts'],
    forbid: [
      noRoot,
      noContract,
      forbid('layers', 'Shared channel helpers are pure: no service, store, outbox, engine, HTTP, job or single channel.', {
        src: ['services', ...STORE, 'outbox', 'conversation', 'http', 'jobs', 'channels/telegram', 'channels/whatsapp', 'channels/local'],
        flows: true,
      }),
      forbid('io', 'Shared channel helpers do no I/O.', { packages: IO_PACKAGES }),
    ],
  }),
  ...layer({
    folder: 'src/http',
    forbid: [
      noRoot,
      forbid('layers', 'HTTP routes call services: no channel, flow, engine internals or outbox worker.', {
        src: ['channels', 'conversation', 'outbox', 'jobs'],
        flows: true,
      }),
      forbid('chat', 'HTTP knows no chat library.', { packages: ['telegraf', '@whiskeysockets/'] }),
    ],
  }),
  ...layer({
    folder: 'src/jobs',
    forbid: [
      noRoot,
      forbid('layers', 'Jobs call services: no channel, flow, engine or HTTP code.', {
        src: ['channels', 'conversation', 'http'],
        flows: true,
      }),
      forbid('chat', 'Jobs know no chat library or web framework.', { packages: CHAT_PACKAGES }),
    ],
  }),

  // the contract and the root
  ...layer({
    folder: 'src',
    files: ['src/module.ts'],
    forbid: [noRoot],
  }),
  ...layer({
    folder: 'src',
    files: ['src/server.ts'],
    forbid: [forbid('root', 'Only src/main.ts starts SAPA; server.ts is handed its composition.', { src: ['main', 'modules'] })],
  }),
  ...layer({
    folder: 'src',
    files: ['src/modules.ts'],
    forbid: [forbid('root', 'Only src/main.ts starts SAPA.', { src: ['main', 'server'] })],
  }),
);
