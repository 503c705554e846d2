import { seedDemoStandards } from './demo-standards.ts';
import { Secret } from 'otpauth';
import type { OrgKind, Role, WorkingGroup } from '../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../platform/context.ts';
import { SYSTEM_ACTOR } from '../platform/audit/audit.ts';
import { newId } from '../platform/db/ids.ts';
import { DEFAULT_PREFERENCES, savePreferences } from '../platform/notify/settings.ts';
import { accountSteps } from '../modules/users/users.accounts.ts';
import { orgRepository } from '../modules/org/org.repository.ts';
import { DEMO_DISTRICT, DEMO_PORTS, seedDemoPorts } from './demo-ports.ts';
import { openRenewalTasks } from '../modules/facilities/certification-renewals.ts';

/**
 * The demo district: the Gongbei customs district (拱北海关, Zhuhai and Zhongshan) with its branches and
 * places, the units it works with, and the accounts of each role. Same codes, accounts and secrets every
 * time, so demos, tests and screenshots can rely on them. What is real and what is a demo figure:
 * data/README.md, "The demo district".
 */
type DemoUnit = {
  code: string;
  kind: OrgKind;
  nameZh: string;
  nameEn: string;
  parent: string | null;
};

export { DEMO_DISTRICT };

const branch = (code: string, nameZh: string, nameEn: string): DemoUnit => ({
  code,
  kind: 'branch',
  nameZh,
  nameEn,
  parent: DEMO_DISTRICT,
});
const partner = (code: string, nameZh: string, nameEn: string): DemoUnit => ({
  code,
  kind: 'partner',
  nameZh,
  nameEn,
  parent: null,
});

export const DEMO_UNITS: DemoUnit[] = [
  {
    code: DEMO_DISTRICT,
    kind: 'district',
    nameZh: '拱北海关',
    nameEn: 'Gongbei Customs District',
    parent: null,
  },
  {
    code: 'GB-PQ',
    kind: 'office',
    nameZh: '动植物检疫处（领导小组办公室）',
    nameEn: 'Animal and Plant Quarantine Division (programme office)',
    parent: DEMO_DISTRICT,
  },
  {
    code: 'GB-TC',
    kind: 'techcentre',
    nameZh: '拱北海关技术中心',
    nameEn: 'Gongbei Customs Technology Centre',
    parent: DEMO_DISTRICT,
  },
  {
    code: 'GB-TC-PLANT',
    kind: 'lab',
    nameZh: '植物检疫实验室',
    nameEn: 'Plant Quarantine Laboratory',
    parent: 'GB-TC',
  },
  {
    code: 'GB-TC-ANIMAL',
    kind: 'lab',
    nameZh: '动物检疫实验室',
    nameEn: 'Animal Quarantine Laboratory',
    parent: 'GB-TC',
  },
  {
    code: 'GB-TC-INSECT',
    kind: 'lab',
    nameZh: '昆虫鉴定实验室',
    nameEn: 'Entomology Identification Laboratory',
    parent: 'GB-TC',
  },
  branch('BR-GAOLAN', '高栏海关', 'Gaolan Customs'),
  branch('BR-HZMB', '港珠澳大桥海关', 'Hong Kong–Zhuhai–Macao Bridge Customs'),
  branch('BR-ZHAKOU', '闸口海关', 'Zhakou Customs'),
  branch('BR-HENGQIN', '横琴海关', 'Hengqin Customs'),
  branch('BR-JIUZHOU', '九洲海关', 'Jiuzhou Customs'),
  branch('BR-XIANGZHOU', '香洲海关', 'Xiangzhou Customs'),
  branch('BR-ZHONGSHAN', '中山海关', 'Zhongshan Customs'),
  {
    code: 'BR-GAOLAN-OFF',
    kind: 'office',
    nameZh: '高栏海关综合业务科',
    nameEn: 'Gaolan Customs General Affairs Office',
    parent: 'BR-GAOLAN',
  },
  ...DEMO_PORTS.map((p): DemoUnit => ({
    code: p.code,
    kind: 'port',
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    parent: p.branch,
  })),
  partner('PT-GUANGZHOU', '广州海关', 'Guangzhou Customs District'),
  partner('PT-SHENZHEN', '深圳海关', 'Shenzhen Customs District'),
  partner(
    'PT-AFCD',
    '香港特别行政区政府渔农自然护理署',
    'Agriculture, Fisheries and Conservation Department (Hong Kong)',
  ),
  partner('PT-CFS', '香港特别行政区政府食物安全中心', 'Centre for Food Safety (Hong Kong)'),
  partner('PT-IAM', '澳门特别行政区政府市政署', 'Municipal Affairs Bureau (Macao)'),
  partner(
    'PT-AGRI',
    '广东省农业农村厅',
    'Department of Agriculture and Rural Affairs of Guangdong Province',
  ),
  partner(
    'PT-BORDERPOLICE',
    '珠海出入境边防检查总站',
    'Zhuhai Exit and Entry Frontier Inspection General Station',
  ),
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
  {
    username: 'sysadmin',
    displayName: '系统管理员',
    role: 'sysadmin',
    org: DEMO_DISTRICT,
    mfa: true,
  },
  {
    username: 'secadmin',
    displayName: '安全管理员',
    role: 'secadmin',
    org: DEMO_DISTRICT,
    mfa: true,
  },
  {
    username: 'auditor',
    displayName: '安全审计员',
    role: 'auditor',
    org: DEMO_DISTRICT,
    mfa: true,
  },
  { username: 'leader', displayName: '王局长', role: 'leader', org: DEMO_DISTRICT, mfa: false },
  { username: 'office', displayName: '李主任', role: 'office', org: 'GB-PQ', mfa: false },
  {
    username: 'wg.system',
    displayName: '钱科长（管理制度组）',
    role: 'wg_member',
    org: DEMO_DISTRICT,
    group: 'SYSTEM',
    mfa: false,
  },
  {
    username: 'wg.tech',
    displayName: '吴研究员（技术保障组）',
    role: 'wg_member',
    org: DEMO_DISTRICT,
    group: 'TECH',
    mfa: false,
  },
  {
    username: 'wg.education',
    displayName: '郑老师（宣传教育组）',
    role: 'wg_member',
    org: DEMO_DISTRICT,
    group: 'EDUCATION',
    mfa: false,
  },
  // Last of the working-group members: the account tests and the authorization matrix speak for the role.
  {
    username: 'wg.facility',
    displayName: '赵工（口岸设施组）',
    role: 'wg_member',
    org: DEMO_DISTRICT,
    group: 'FACILITY',
    mfa: false,
  },
  {
    username: 'branch.gaolan',
    displayName: '陈科长（高栏海关）',
    role: 'branch_officer',
    org: 'BR-GAOLAN',
    mfa: false,
  },
  {
    username: 'port.gaolan',
    displayName: '刘关员（高栏综合场地）',
    role: 'port_officer',
    org: 'GL-DS',
    mfa: false,
  },
  {
    username: 'lab.plant',
    displayName: '孙工（植检实验室）',
    role: 'lab_officer',
    org: 'GB-TC-PLANT',
    mfa: false,
  },
  {
    username: 'staff.gaolan',
    displayName: '周查验员（高栏综合场地）',
    role: 'staff',
    org: 'GL-DS',
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
