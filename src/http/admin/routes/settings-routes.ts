import { z } from 'zod';
import { ANY_LEAVE_TYPE, LEAVE_TYPE_CODES } from '../../../domain/leave';
import { auditActor } from '../../../services/admin/admin-actor';
import { cityAuthoritySchema } from '../../../services/policy/city-authority';
import { loadCityAuthoritySettings, saveCityAuthority } from '../../../services/settings/city-authority-settings';
import { addHoliday, listHolidays, removeHoliday } from '../../../services/settings/holiday-settings';
import { readLeavePolicy, saveLeavePolicy } from '../../../services/settings/leave-policy-settings';
import { listUnitOfficials, setUnitOfficials } from '../../../services/settings/unit-officials';
import type { AdminDeps } from '../admin-deps';
import { type AdminRoute, defineRoute } from '../define-route';
import { isoDay, nipParam } from '../query-fields';

const unitCode = z.string().regex(/^[A-Za-z0-9_.-]{1,32}$/, 'a unit code');
const officialSchema = z.object({ type: z.string(), official: z.object({ nip: z.string(), name: z.string() }), updatedBy: z.string(), updatedAt: z.date() });
const holidayKind = z.enum(['NATIONAL', 'CUTI_BERSAMA', 'LOCAL']);
const holidaySchema = z.object({ date: z.string(), name: z.string(), kind: holidayKind });
const overrides = z.record(z.string(), z.unknown()).describe('overrides of the leave rules, as GET /settings/leave-policy shows the effective rules (e.g. { "types": { "CT": { "noticeDays": 3 } } })');

/** Leave policy overrides, authorized officials per unit, the city's authority settings, holidays: every change audited. */
export function settingsRoutes({ db }: AdminDeps): AdminRoute[] {
  return [
    defineRoute({
      method: 'GET',
      url: '/settings/leave-policy',
      scope: 'read',
      tag: 'settings',
      summary: 'The leave-rule overrides of the city (or of one unit) and the rules in force there',
      query: z.object({ unit: unitCode.optional() }),
      response: z.object({ unit: z.string().nullable(), overrides: z.unknown(), effective: z.record(z.string(), z.unknown()) }),
      handler: async ({ query }) => db.prisma.$transaction(async (tx) => readLeavePolicy(tx, query.unit ?? null)),
    }),
    defineRoute({
      method: 'POST',
      url: '/settings/leave-policy',
      scope: 'settings',
      tag: 'settings',
      summary: 'Replace the city\'s (or a unit\'s) leave-rule overrides; dryRun shows what changes for whom',
      description: 'Validated by the schema the rules load with (400 leave.policy_invalid naming each problem). The answer lists each number that changes and how many units and employees it reaches; with dryRun=true nothing is saved. A unit\'s overrides apply to it and the units below it, over the city\'s. Audited.',
      body: z.object({ unit: unitCode.optional(), overrides, dryRun: z.boolean().default(false) }),
      response: z.object({
        unit: z.string().nullable(), overrides: z.unknown(), saved: z.boolean(),
        changes: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })),
        affected: z.object({ units: z.number(), employees: z.number() }),
      }),
      handler: async ({ body, actor }) =>
        db.prisma.$transaction(async (tx) => saveLeavePolicy(tx, { unitCode: body.unit ?? null, overrides: body.overrides, dryRun: body.dryRun, by: auditActor(actor) })),
    }),
    defineRoute({
      method: 'GET',
      url: '/org-units/:code/officials',
      scope: 'read',
      tag: 'settings',
      summary: 'The authorized officials a unit names per leave type ("*": every type without its own)',
      description: 'Units below inherit them; a unit naming none inherits its parent\'s.',
      params: z.object({ code: unitCode }),
      response: z.object({ items: z.array(officialSchema) }),
      handler: async ({ params }) => db.prisma.$transaction(async (tx) => ({ items: await listUnitOfficials(tx, params.code) })),
    }),
    defineRoute({
      method: 'POST',
      url: '/org-units/:code/officials',
      scope: 'settings',
      tag: 'settings',
      summary: 'Set (or with nip null remove) a unit\'s authorized official per leave type',
      description: 'Applies to requests submitted from now on. Audited with the official replaced.',
      params: z.object({ code: unitCode }),
      body: z.object({ officials: z.array(z.object({ type: z.enum([ANY_LEAVE_TYPE, ...LEAVE_TYPE_CODES]), nip: nipParam.nullable() })).min(1).max(10) }),
      response: z.object({ items: z.array(officialSchema) }),
      handler: async ({ params, body, actor }) =>
        db.prisma.$transaction(async (tx) => ({ items: await setUnitOfficials(tx, { code: params.code, officials: body.officials, by: auditActor(actor) }) })),
    }),
    defineRoute({
      method: 'GET',
      url: '/settings/authority',
      scope: 'read',
      tag: 'settings',
      summary: 'The city\'s authority settings: leave types that go above the agency head, and who delegates',
      response: cityAuthoritySchema,
      handler: async () => db.prisma.$transaction(async (tx) => loadCityAuthoritySettings(tx)),
    }),
    defineRoute({
      method: 'POST',
      url: '/settings/authority',
      scope: 'settings',
      tag: 'settings',
      summary: 'Save the city\'s authority settings (e.g. { "aboveAgency": { "CB": "SETDA", "CLTN": "SETDA" } })',
      description: 'aboveAgency maps a leave type to the unit (by code) whose head decides it instead of the agency head. Audited with the previous value.',
      body: cityAuthoritySchema,
      response: cityAuthoritySchema,
      handler: async ({ body, actor }) => db.prisma.$transaction(async (tx) => saveCityAuthority(tx, { settings: body, by: auditActor(actor) })),
    }),
    defineRoute({
      method: 'GET',
      url: '/holidays',
      scope: 'read',
      tag: 'settings',
      summary: 'The holidays of a year',
      query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
      response: z.object({ items: z.array(holidaySchema) }),
      handler: async ({ query }) => db.prisma.$transaction(async (tx) => ({ items: await listHolidays(tx, query.year) })),
    }),
    defineRoute({
      method: 'POST',
      url: '/holidays',
      scope: 'settings',
      tag: 'settings',
      summary: 'Add one holiday',
      description: 'Cuti tahunan already booked on the day is counted again and the day given back. 409 when the day is listed with that kind. Audited.',
      body: holidaySchema.extend({ date: isoDay, name: z.string().trim().min(3).max(200) }),
      successStatus: 201,
      response: z.object({ holiday: holidaySchema, recount: z.object({ requests: z.number(), daysBack: z.number() }) }),
      handler: async ({ body, actor }) => db.prisma.$transaction(async (tx) => addHoliday(tx, { ...body, by: auditActor(actor) })),
    }),
    defineRoute({
      method: 'POST',
      url: '/holidays/remove',
      scope: 'settings',
      tag: 'settings',
      summary: 'Remove one holiday',
      body: z.object({ date: isoDay, kind: holidayKind }),
      response: holidaySchema,
      handler: async ({ body, actor }) => db.prisma.$transaction(async (tx) => removeHoliday(tx, { ...body, by: auditActor(actor) })),
    }),
  ];
}
