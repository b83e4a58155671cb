import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Lints one import as if it were written in `file`: the layer rule's messages. */
async function layerErrors(eslint: ESLint, file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath: join(root, file) });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

/** Imports the layers of README "Architecture" forbid: `npm run lint` fails on each. */
const FORBIDDEN: Array<[file: string, code: string]> = [
  ['src/domain/leave/fixture.ts', "import { x } from '@prisma/client';"],
  ['src/domain/fixture.ts', "import { x } from '../store/database';"],
  ['src/domain/leave/fixture.ts', "import { x } from '../../services/audit';"],
  ['src/domain/fixture.ts', "import { x } from 'node:fs';"],
  ['src/domain/fixture.ts', "import { x } from '../clock';"],
  ['src/chat/fixture.ts', "import { x } from '../outbox/enqueue';"],
  ['src/store/fixture.ts', "import { x } from '../services/audit';"],
  ['src/outbox/fixture.ts', "import { x } from '../services/payslips/resolve-payslip-document';"],
  ['src/services/leave/fixture.ts', "import type { x } from '../../conversation/flow';"],
  ['src/services/fixture.ts', "import { x } from '../channels/telegram/telegram-sender';"],
  ['src/services/fixture.ts', "import { x } from '../http/build-app';"],
  ['src/services/fixture.ts', "import { x } from '../jobs/job-definition';"],
  ['src/services/fixture.ts', "import { x } from 'telegraf';"],
  ['src/conversation/fixture.ts', "import { x } from '../channels/local/local-channel';"],
  ['src/conversation/store/fixture.ts', "import { x } from '../../../flows/menu';"],
  ['src/conversation/fixture.ts', "import { x } from 'fastify';"],
  ['flows/fixture.ts', "import { x } from '../src/generated/sqlite/client';"],
  ['flows/leave/fixture.ts', "import { x } from '../../src/store/database';"],
  ['flows/fixture.ts', "import { x } from '@prisma/client';"],
  ['flows/fixture.ts', "import { x } from '../src/channels/telegram/telegram-sender';"],
  ['flows/fixture.ts', "import { x } from '../src/http/build-app';"],
  ['flows/fixture.ts', "import { x } from '../src/conversation/store/group-commit';"],
  ['src/channels/telegram/fixture.ts', "import { x } from '../../services/leave/submit-leave';"],
  ['src/channels/telegram/fixture.ts', "import { x } from '../../store/database';"],
  ['src/channels/telegram/fixture.ts', "import { x } from '../../outbox/enqueue';"],
  ['src/channels/whatsapp/fixture.ts', "import { x } from '../telegram/telegram-html';"],
  ['src/channels/fixture.ts', "import { x } from './telegram/telegram-html';"],
  ['src/channels/fixture.ts', "import { x } from '../services/audit';"],
  ['src/http/admin/fixture.ts', "import { x } from '../../channels/telegram/telegram-sender';"],
  ['src/jobs/fixture.ts', "import { x } from '../conversation/conversation-engine';"],
  ['src/http/fixture.ts', "import type { x } from '../server';"],
  ['src/channels/local/fixture.ts', "import { x } from '../../main';"],
  ['src/services/fixture.ts', "import type { x } from '../module';"],
  ['src/modules.ts', "import type { x } from './server';"],
  ['src/logger.ts', "import { x } from './http/build-app';"],
];

/** Imports the same layers allow: the rules are exact, not merely strict. */
const ALLOWED: Array<[file: string, code: string]> = [
  ['src/domain/leave/fixture.ts', "import { x } from '../payslip/parse-payslip';"],
  ['src/chat/fixture.ts', "import type { x } from '../domain/day';"],
  ['src/conversation/fixture.ts', "import { x } from './store/group-commit';"],
  ['src/conversation/fixture.ts', "import type { x } from '../store/database';"],
  ['flows/fixture.ts', "import { x } from '../src/services/leave/submit-leave';"],
  ['src/services/fixture.ts', "import { x } from '../outbox/enqueue';"],
  ['src/channels/telegram/fixture.ts', "import type { x } from '../../store/database';"],
  ['src/channels/whatsapp/fixture.ts', "import { x } from '../../services/whatsapp/socket-lock';"],
  ['src/channels/telegram/fixture.ts', "import { x } from '../../conversation/conversation-engine';"],
  ['src/http/fixture.ts', "import type { x } from '../module';"],
  ['src/main.ts', "import { x } from './server';"],
  ['src/channels/whatsapp/fixture.ts', "import { x } from '../render-as-text';"],
];

describe('layer rules (eslint no-restricted-imports)', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root, overrideConfigFile: join(root, 'eslint.config.js') });
  });

  it.each(FORBIDDEN)('%s: %s fails lint', async (file, code) => {
    expect(await layerErrors(eslint, file, code)).toHaveLength(1);
  });

  it.each(ALLOWED)('%s: %s passes lint', async (file, code) => {
    expect(await layerErrors(eslint, file, code)).toEqual([]);
  });
});
