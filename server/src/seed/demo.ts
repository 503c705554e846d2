import { seedDemoStandards } from './demo-standards.ts';
import { Secret } from 'otpauth';
import type { OrgKind, Role, WorkingGroup } from '../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../platform/context.ts';
import { SYSTEM_ACTOR } from '../platform/audit/audit.ts';
import { newId } from '../platform/db/ids.ts';
import { DEFAULT_PREFERENCES, savePreferences } from '../platform/notify/settings.ts';
import { accountSteps } from '../modules/users/users.accounts.ts';
import { orgRepository } from '../modules/org/org.repository.ts';
import { seedDemoPorts } from './demo-ports.ts';
import { openRenewalTasks } from '../modules/facilities/certification-renewals.ts';

/** The fictional district every demo, test and screenshot relies on: same codes, accounts and secrets every time. */
type DemoUnit = {
  code: string;
  kind: OrgKind;
  nameZh: string;
  nameEn: string;
  parent: string | null;
};

export const DEMO_DISTRICT = 'DEMO';

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: 'DEMO',
    kind: 'district',
    nameZh: '示例直属海关',
    nameEn: 'Demo Customs District',
    parent: null,
  },
  {
    code: 'DEMO-PQ',
    kind: 'office',
    nameZh: '动植物检疫处（领导小组办公室）',
    nameEn: 'Animal and Plant Quarantine Division (programme office)',
    parent: 'DEMO',
  },
  {
    code: 'DEMO-TC',
    kind: 'techcentre',
    nameZh: '示例海关技术中心',
    nameEn: 'Demo Technical Centre',
    parent: 'DEMO',
  },
  {
    code: 'DEMO-TC-PLANT',
    kind: 'lab',
    nameZh: '植物检疫实验室',
    nameEn: 'Plant Quarantine Laboratory',
    parent: 'DEMO-TC',
  },
  {
    code: 'DEMO-TC-ANIMAL',
    kind: 'lab',
    nameZh: '动物检疫实验室',
    nameEn: 'Animal Quarantine Laboratory',
    parent: 'DEMO-TC',
  },
  {
    code: 'DEMO-TC-INSECT',
    kind: 'lab',
    nameZh: '昆虫鉴定实验室',
    nameEn: 'Entomology Identification Laboratory',
    parent: 'DEMO-TC',
  },
  {
    code: 'BR-HARBOUR',
    kind: 'branch',
    nameZh: '港区海关',
    nameEn: 'Harbour Branch',
    parent: 'DEMO',
  },
  {
    code: 'BR-AIRPORT',
    kind: 'branch',
    nameZh: '机场海关',
    nameEn: 'Airport Branch',
    parent: 'DEMO',
  },
  {
    code: 'BR-BORDER',
    kind: 'branch',
    nameZh: '边境海关',
    nameEn: 'Border Branch',
    parent: 'DEMO',
  },
  { code: 'BR-RIVER', kind: 'branch', nameZh: '内河海关', nameEn: 'River Branch', parent: 'DEMO' },
  {
    code: 'BR-HARBOUR-OFF',
    kind: 'office',
    nameZh: '港区海关综合业务科',
    nameEn: 'Harbour Branch General Affairs Office',
    parent: 'BR-HARBOUR',
  },
  {
    code: 'P-SEA-EAST',
    kind: 'port',
    nameZh: '东港集装箱口岸',
    nameEn: 'East Harbour Container Port',
    parent: 'BR-HARBOUR',
  },
  {
    code: 'P-SEA-WEST',
    kind: 'port',
    nameZh: '西港散货口岸',
    nameEn: 'West Harbour Bulk Port',
    parent: 'BR-HARBOUR',
  },
  {
    code: 'P-SEA-LOGS',
    kind: 'port',
    nameZh: '北湾原木口岸',
    nameEn: 'North Bay Log Port',
    parent: 'BR-HARBOUR',
  },
  {
    code: 'P-AIR-INTL',
    kind: 'port',
    nameZh: '国际机场口岸',
    nameEn: 'International Airport',
    parent: 'BR-AIRPORT',
  },
  {
    code: 'P-AIR-CARGO',
    kind: 'port',
    nameZh: '机场货运口岸',
    nameEn: 'Airport Cargo Terminal',
    parent: 'BR-AIRPORT',
  },
  {
    code: 'P-MAIL',
    kind: 'port',
    nameZh: '国际邮件互换局',
    nameEn: 'International Mail Exchange',
    parent: 'BR-AIRPORT',
  },
  {
    code: 'P-EXPRESS',
    kind: 'port',
    nameZh: '快件监管中心',
    nameEn: 'Express Consignment Centre',
    parent: 'BR-AIRPORT',
  },
  { code: 'P-RAIL', kind: 'port', nameZh: '铁路口岸', nameEn: 'Rail Port', parent: 'BR-BORDER' },
  {
    code: 'P-ROAD',
    kind: 'port',
    nameZh: '公路口岸',
    nameEn: 'Road Crossing',
    parent: 'BR-BORDER',
  },
  {
    code: 'P-ECOM',
    kind: 'port',
    nameZh: '跨境电商监管中心',
    nameEn: 'Cross-border E-commerce Centre',
    parent: 'BR-BORDER',
  },
  {
    code: 'P-RIVER-GRAIN',
    kind: 'port',
    nameZh: '内河粮食口岸',
    nameEn: 'River Grain Port',
    parent: 'BR-RIVER',
  },
  {
    code: 'P-RIVER-PAX',
    kind: 'port',
    nameZh: '内河客运口岸',
    nameEn: 'River Passenger Port',
    parent: 'BR-RIVER',
  },
  {
    code: 'PT-AGRI',
    kind: 'partner',
    nameZh: '示例省农业农村厅',
    nameEn: 'Demo Provincial Department of Agriculture',
    parent: null,
  },
  {
    code: 'PT-BORDERPOLICE',
    kind: 'partner',
    nameZh: '示例边检总站',
    nameEn: 'Demo Border Police',
    parent: null,
  },
  {
    code: 'EN-FRUITCO',
    kind: 'enterprise',
    nameZh: '示例鲜果进出口有限公司',
    nameEn: 'Demo Fresh Fruit Trading Co.',
    parent: null,
  },
];

type DemoAccount = {
  username: string;
  displayName: string;
  role: Role;
  org: string;
  group?: WorkingGroup;
  mfa: boolean;
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'sysadmin', displayName: '系统管理员', role: 'sysadmin', org: 'DEMO', mfa: true },
  { username: 'secadmin', displayName: '安全管理员', role: 'secadmin', org: 'DEMO', mfa: true },
  { username: 'auditor', displayName: '安全审计员', role: 'auditor', org: 'DEMO', mfa: true },
  { username: 'leader', displayName: '王局长', role: 'leader', org: 'DEMO', mfa: false },
  { username: 'office', displayName: '李主任', role: 'office', org: 'DEMO-PQ', mfa: false },
  {
    username: 'wg.system',
    displayName: '钱科长（管理制度组）',
    role: 'wg_member',
    org: 'DEMO',
    group: 'SYSTEM',
    mfa: false,
  },
  {
    username: 'wg.tech',
    displayName: '吴研究员（技术保障组）',
    role: 'wg_member',
    org: 'DEMO',
    group: 'TECH',
    mfa: false,
  },
  {
    username: 'wg.education',
    displayName: '郑老师（宣传教育组）',
    role: 'wg_member',
    org: 'DEMO',
    group: 'EDUCATION',
    mfa: false,
  },
  // Last of the working-group members: the account tests and the authorization matrix speak for the role.
  {
    username: 'wg.facility',
    displayName: '赵工（口岸设施组）',
    role: 'wg_member',
    org: 'DEMO',
    group: 'FACILITY',
    mfa: false,
  },
  {
    username: 'branch.harbour',
    displayName: '陈科长（港区海关）',
    role: 'branch_officer',
    org: 'BR-HARBOUR',
    mfa: false,
  },
  {
    username: 'port.east',
    displayName: '刘关员（东港）',
    role: 'port_officer',
    org: 'P-SEA-EAST',
    mfa: false,
  },
  {
    username: 'lab.plant',
    displayName: '孙工（植检实验室）',
    role: 'lab_officer',
    org: 'DEMO-TC-PLANT',
    mfa: false,
  },
  {
    username: 'staff.east',
    displayName: '周查验员（东港）',
    role: 'staff',
    org: 'P-SEA-EAST',
    mfa: false,
  },
  {
    username: 'partner.agri',
    displayName: '农业农村厅联络员',
    role: 'partner',
    org: 'PT-AGRI',
    mfa: false,
  },
  {
    username: 'enterprise.fruit',
    displayName: '鲜果公司报关员',
    role: 'enterprise',
    org: 'EN-FRUITCO',
    mfa: false,
  },
];

/** Demo mail goes to the reserved .example domain, so a misconfigured relay cannot reach a real person. */
export const demoEmail = (username: string) => `${username}@demo.guomen.example`;
export const demoPassword = (username: string) => `Demo@2026-${username}`;
export const demoTotpSecret = (username: string) =>
  Secret.fromUTF8(`guomen-demo-${username}`.padEnd(20, '!')).base32;

export type DemoCredential = {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  org: string;
  totpSecret?: string;
};

export function demoCredentials(): DemoCredential[] {
  return DEMO_ACCOUNTS.map((a) => ({
    username: a.username,
    displayName: a.displayName,
    password: demoPassword(a.username),
    role: a.role,
    org: a.org,
    ...(a.mfa ? { totpSecret: demoTotpSecret(a.username) } : {}),
  }));
}

export type SeedOutcome = 'seeded' | 'already-seeded' | 'not-empty';

/** Seeds the demo district into an empty database, in one transaction. */
export async function seedDemo(ctx: AppContext): Promise<SeedOutcome> {
  if (await orgRepository.any(ctx.db)) {
    const demo = await orgRepository.findByCode(ctx.db, DEMO_DISTRICT);
    return demo ? 'already-seeded' : 'not-empty';
  }
  const hashes = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS)
    hashes.set(a.username, await ctx.passwords.hash(demoPassword(a.username)));
  await inTransaction(ctx, async (tx) => {
    const now = ctx.clock();
    const units = new Map<string, { id: string; path: string; depth: number }>();
    for (const u of DEMO_UNITS) {
      const parent = u.parent ? units.get(u.parent) : undefined;
      const id = newId();
      const path = `${parent?.path ?? '/'}${id}/`;
      const depth = parent ? parent.depth + 1 : 0;
      units.set(u.code, { id, path, depth });
      await orgRepository.insert(tx, {
        id,
        code: u.code,
        kind: u.kind,
        nameZh: u.nameZh,
        nameEn: u.nameEn,
        parentId: parent?.id ?? null,
        path,
        depth,
        status: 'active',
        archivedReason: null,
        version: 1,
        createdAt: now,
        createdBy: null,
        updatedAt: now,
        updatedBy: null,
      });
    }
    await seedDemoPorts(tx, units, now);
    await ctx.audit.append(tx, SYSTEM_ACTOR, {
      action: 'seed.demo',
      entityType: 'org_unit',
      entityId: units.get(DEMO_DISTRICT)?.id ?? null,
      after: { units: DEMO_UNITS.length, accounts: DEMO_ACCOUNTS.length },
    });
    for (const a of DEMO_ACCOUNTS) {
      const unit = units.get(a.org);
      if (!unit) throw new Error(`demo account ${a.username} names unknown unit ${a.org}`);
      const userId = await accountSteps.create(ctx, tx, SYSTEM_ACTOR, {
        username: a.username,
        displayName: a.displayName,
        orgUnitId: unit.id,
        passwordHash: hashes.get(a.username) ?? '',
        mustChangePassword: false,
        mfaSealedSecret: a.mfa ? ctx.crypto.encrypt(demoTotpSecret(a.username)) : null,
      });
      await accountSteps.grant(ctx, tx, SYSTEM_ACTOR, userId, a.role, unit.id, a.group ?? null);
      await savePreferences(
        tx,
        userId,
        { ...DEFAULT_PREFERENCES, email: demoEmail(a.username) },
        now,
      );
    }
  });
  await seedDemoStandards(ctx);
  // The renewal notices the daily job would have opened by now.
  await openRenewalTasks(ctx);
  return 'seeded';
}
