import {
  ASSESSMENT_STATUS_LABELS,
  CAMPAIGN_KIND_LABELS,
  CAMPAIGN_STATUS_LABELS,
} from './campaigns.ts';
import { DESIGNATION_STATUS_LABELS } from './designations.ts';
import { FACILITY_CAPACITY_UNIT_LABELS, FACILITY_STATUS_LABELS } from './facilities.ts';
import { PRIORITY_LABELS, RECTIFICATION_STATUS_LABELS } from './findings.ts';
import { EMAIL_MODE_LABELS, MAIL_STATUS_LABELS } from './notifications.ts';
import { ORG_KIND_LABELS } from './org.ts';
import {
  DESIGN_CAPACITY_UNIT_LABELS,
  PORT_CLASS_LABELS,
  PORT_MODE_LABELS,
  PORT_STATUS_LABELS,
  TRAFFIC_UNIT_LABELS,
} from './ports.ts';
import { PROJECT_GATE_LABELS, PROJECT_KIND_LABELS } from './projects.ts';
import { ROLE_LABELS } from './roles.ts';
import { USER_STATUS_LABELS } from './users.ts';
import {
  ASPECT_LABELS,
  BASIS_KIND_LABELS,
  CATALOG_VERSION_STATUS_LABELS,
  GRADE_LABELS,
  IMPORTANCE_LABELS,
  ITEM_RESULT_LABELS,
} from './standards.ts';

/**
 * Words for what the audit trail stores as codes: the auditor reads actions, object types and changed fields
 * in their language. A code missing here (a row written by an older release) is shown as the code itself.
 */
type Words = { zh: string; en: string };

export const AUDIT_ACTION_LABELS: Record<string, Words> = {
  'assessment.approve': { zh: '核准自评', en: 'Approve assessment' },
  'assessment.aspect.accept': { zh: '通过方面审核', en: 'Accept aspect' },
  'assessment.aspect.return': { zh: '退回方面修改', en: 'Return aspect' },
  'assessment.item.answer': { zh: '填报评估项', en: 'Answer item' },
  'assessment.reopen.request': { zh: '申请重新开放自评', en: 'Request reopening' },
  'assessment.reopen.approve': { zh: '同意重新开放自评', en: 'Approve reopening' },
  'assessment.reopen.decline': { zh: '拒绝重新开放自评', en: 'Decline reopening' },
  'assessment.submit': { zh: '提交自评', en: 'Submit assessment' },
  'attachment.archive': { zh: '归档附件', en: 'Archive attachment' },
  'attachment.create': { zh: '上传附件', en: 'Upload attachment' },
  'audit.retention_archive': { zh: '归档过期审计记录', en: 'Archive expired audit records' },
  'auth.account_locked': { zh: '账号锁定', en: 'Account locked' },
  'auth.address_throttled': { zh: '地址限流', en: 'Address throttled' },
  'auth.login': { zh: '登录', en: 'Sign in' },
  'auth.login_failed': { zh: '登录失败', en: 'Failed sign-in' },
  'auth.logout': { zh: '退出登录', en: 'Sign out' },
  'auth.logout_everywhere': { zh: '退出全部会话', en: 'Sign out everywhere' },
  'auth.mfa_disabled': { zh: '停用双因素认证', en: 'Two-factor authentication disabled' },
  'auth.mfa_enabled': { zh: '启用双因素认证', en: 'Two-factor authentication enabled' },
  'auth.mfa_enrolment_started': {
    zh: '开始绑定双因素认证',
    en: 'Two-factor enrolment started',
  },
  'auth.password_changed': { zh: '修改密码', en: 'Password changed' },
  'auth.recovery_code_used': { zh: '使用恢复码', en: 'Recovery code used' },
  'auth.recovery_codes_regenerated': { zh: '重新生成恢复码', en: 'Recovery codes regenerated' },
  'campaign.close': { zh: '关闭评估批次', en: 'Close campaign' },
  'campaign.create': { zh: '创建评估批次', en: 'Create campaign' },
  'campaign.open': { zh: '开启评估批次', en: 'Open campaign' },
  'catalog.create': { zh: '创建标准目录', en: 'Create catalogue' },
  'catalog.import': { zh: '导入标准目录', en: 'Import catalogue' },
  'catalog.item.create': { zh: '新增标准条目', en: 'Add catalogue item' },
  'catalog.item.remove': { zh: '删除标准条目', en: 'Remove catalogue item' },
  'catalog.item.update': { zh: '修改标准条目', en: 'Edit catalogue item' },
  'catalog.version.create': { zh: '创建目录版本', en: 'Create catalogue version' },
  'catalog.version.publish': { zh: '发布目录版本', en: 'Publish catalogue version' },
  'evidence.create': { zh: '提交佐证材料', en: 'Add evidence' },
  'facility.archive': { zh: '归档设施', en: 'Archive facility' },
  'facility.certify': { zh: '登记设施认证', en: 'Record certification' },
  'facility.create': { zh: '新增设施', en: 'Add facility' },
  'facility.import': { zh: '导入设施', en: 'Import facilities' },
  'facility.move': { zh: '设施迁移口岸', en: 'Move facility' },
  'facility.restore': { zh: '恢复设施', en: 'Restore facility' },
  'facility.update': { zh: '修改设施', en: 'Edit facility' },
  'finding.plan': { zh: '制定整改计划', en: 'Plan remediation' },
  'finding.reject': { zh: '退回整改', en: 'Reject remediation' },
  'finding.submit': { zh: '提交整改', en: 'Submit remediation' },
  'finding.verify': { zh: '验证整改', en: 'Verify remediation' },
  'grant.create': { zh: '授予角色', en: 'Grant role' },
  'grant.revoke': { zh: '撤销角色', en: 'Revoke role' },
  'mail.retry': { zh: '重发邮件', en: 'Retry mail' },
  'mail.test': { zh: '发送测试邮件', en: 'Send test mail' },
  'notification.preferences': { zh: '修改通知设置', en: 'Change notification settings' },
  'notification.read': { zh: '标记通知已读', en: 'Mark notifications read' },
  'org.archive': { zh: '归档机构', en: 'Archive unit' },
  'org.create': { zh: '新增机构', en: 'Create unit' },
  'org.move': { zh: '调整上级机构', en: 'Move unit' },
  'org.restore': { zh: '恢复机构', en: 'Restore unit' },
  'org.update': { zh: '修改机构', en: 'Edit unit' },
  'port.archive': { zh: '归档口岸', en: 'Archive port' },
  'port.create': { zh: '新增口岸', en: 'Create port' },
  'port.designation.grant': { zh: '登记指定监管场地', en: 'Record designation' },
  'port.designation.status': { zh: '变更指定监管场地状态', en: 'Change designation status' },
  'port.import': { zh: '导入口岸', en: 'Import ports' },
  'port.restore': { zh: '恢复口岸', en: 'Restore port' },
  'port.status': { zh: '变更口岸状态', en: 'Change port status' },
  'port.traffic.create': { zh: '填报口岸业务量', en: 'Record traffic' },
  'port.traffic.import': { zh: '导入口岸业务量', en: 'Import traffic' },
  'port.traffic.update': { zh: '修改口岸业务量', en: 'Edit traffic' },
  'port.update': { zh: '修改口岸', en: 'Edit port' },
  'project.archive': { zh: '归档项目', en: 'Archive project' },
  'project.create': { zh: '新增项目', en: 'Create project' },
  'project.gate.sign': { zh: '签署项目节点', en: 'Sign project gate' },
  'project.gate.update': { zh: '修改项目节点', en: 'Edit project gate' },
  'project.restore': { zh: '恢复项目', en: 'Restore project' },
  'reference.category.create': { zh: '新增指定监管场地类别', en: 'Add designation category' },
  'reference.facility_type.create': { zh: '新增设施类型', en: 'Add facility type' },
  'reference.facility_type.update': { zh: '修改设施类型', en: 'Edit facility type' },
  'security.policy_update': { zh: '修改安全策略', en: 'Change security policy' },
  'seed.demo': { zh: '载入演示数据', en: 'Load demonstration data' },
  'system.restored': { zh: '系统恢复', en: 'System restored' },
  'user.create': { zh: '创建账号', en: 'Create account' },
  'user.mfa_reset': { zh: '重置双因素认证', en: 'Reset two-factor authentication' },
  'user.password_reset': { zh: '重置密码', en: 'Reset password' },
  'user.status': { zh: '变更账号状态', en: 'Change account status' },
  'user.unlock': { zh: '解锁账号', en: 'Unlock account' },
  'user.update': { zh: '修改账号', en: 'Edit account' },
};

export const AUDIT_ENTITY_LABELS: Record<string, Words> = {
  address: { zh: '网络地址', en: 'Network address' },
  assessment: { zh: '自评', en: 'Assessment' },
  assessmentItem: { zh: '评估项', en: 'Assessment item' },
  attachment: { zh: '附件', en: 'Attachment' },
  audit_log: { zh: '审计日志', en: 'Audit trail' },
  campaign: { zh: '评估批次', en: 'Campaign' },
  catalog: { zh: '标准目录', en: 'Catalogue' },
  catalogItem: { zh: '标准条目', en: 'Catalogue item' },
  catalogVersion: { zh: '目录版本', en: 'Catalogue version' },
  database: { zh: '数据库', en: 'Database' },
  designation_category: { zh: '指定监管场地类别', en: 'Designation category' },
  evidence: { zh: '佐证材料', en: 'Evidence' },
  facility: { zh: '设施', en: 'Facility' },
  facility_certification: { zh: '设施认证', en: 'Facility certification' },
  facility_type: { zh: '设施类型', en: 'Facility type' },
  finding: { zh: '问题整改', en: 'Finding' },
  grant: { zh: '角色授权', en: 'Role grant' },
  mail: { zh: '邮件', en: 'Mail' },
  notification: { zh: '通知', en: 'Notification' },
  org_unit: { zh: '机构', en: 'Organisational unit' },
  port: { zh: '口岸', en: 'Port' },
  port_designation: { zh: '指定监管场地', en: 'Port designation' },
  project: { zh: '项目', en: 'Project' },
  session: { zh: '会话', en: 'Session' },
  setting: { zh: '设置', en: 'Setting' },
  traffic: { zh: '口岸业务量', en: 'Traffic' },
  user: { zh: '账号', en: 'Account' },
};

/** Record fields that hold another record's id; their values are shown by that record's name. */
export const AUDIT_REFERENCE_FIELDS: Record<string, string> = {
  orgUnitId: 'org_unit',
  parentId: 'org_unit',
  branchId: 'org_unit',
  portId: 'port',
  portIds: 'port',
  userId: 'user',
  ownerId: 'user',
  createdBy: 'user',
  submittedBy: 'user',
  approvedBy: 'user',
  verifiedBy: 'user',
  revokedBy: 'user',
  reviewedBy: 'user',
  publishedBy: 'user',
  campaignId: 'campaign',
  assessmentId: 'assessment',
  catalogId: 'catalog',
  catalogVersionId: 'catalogVersion',
  versionId: 'catalogVersion',
};

/** Words for the fields the trail's before/after records commonly carry; others show their key. */
export const AUDIT_FIELD_LABELS: Record<string, Words> = {
  code: { zh: '代码', en: 'Code' },
  kind: { zh: '类型', en: 'Kind' },
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  title: { zh: '标题', en: 'Title' },
  titleZh: { zh: '中文标题', en: 'Chinese title' },
  titleEn: { zh: '英文标题', en: 'English title' },
  username: { zh: '用户名', en: 'Username' },
  displayName: { zh: '姓名', en: 'Display name' },
  role: { zh: '角色', en: 'Role' },
  workingGroup: { zh: '工作组', en: 'Working group' },
  status: { zh: '状态', en: 'Status' },
  statusReason: { zh: '状态原因', en: 'Status reason' },
  archivedReason: { zh: '归档原因', en: 'Archive reason' },
  reason: { zh: '原因', en: 'Reason' },
  comment: { zh: '意见', en: 'Comment' },
  version: { zh: '版本', en: 'Version' },
  orgUnitId: { zh: '机构', en: 'Unit' },
  parentId: { zh: '上级机构', en: 'Parent unit' },
  branchId: { zh: '隶属海关', en: 'Branch' },
  portId: { zh: '口岸', en: 'Port' },
  portIds: { zh: '口岸', en: 'Ports' },
  userId: { zh: '账号', en: 'Account' },
  ownerId: { zh: '负责人', en: 'Owner' },
  createdBy: { zh: '创建人', en: 'Created by' },
  submittedBy: { zh: '提交人', en: 'Submitted by' },
  approvedBy: { zh: '核准人', en: 'Approved by' },
  verifiedBy: { zh: '验证人', en: 'Verified by' },
  revokedBy: { zh: '撤销人', en: 'Revoked by' },
  reviewedBy: { zh: '审核人', en: 'Reviewed by' },
  publishedBy: { zh: '发布人', en: 'Published by' },
  campaignId: { zh: '评估批次', en: 'Campaign' },
  assessmentId: { zh: '自评', en: 'Assessment' },
  catalogId: { zh: '标准目录', en: 'Catalogue' },
  catalogVersionId: { zh: '目录版本', en: 'Catalogue version' },
  versionId: { zh: '目录版本', en: 'Catalogue version' },
  modes: { zh: '口岸类型', en: 'Modes' },
  portClass: { zh: '口岸类别', en: 'Port class' },
  provinceCode: { zh: '省份', en: 'Province' },
  cityCode: { zh: '城市', en: 'City' },
  latitude: { zh: '纬度', en: 'Latitude' },
  longitude: { zh: '经度', en: 'Longitude' },
  openedDate: { zh: '开放日期', en: 'Opened' },
  designCapacity: { zh: '设计能力', en: 'Design capacity' },
  typeCode: { zh: '设施类型', en: 'Facility type' },
  functionalArea: { zh: '功能区', en: 'Functional area' },
  quantity: { zh: '数量', en: 'Quantity' },
  capacity: { zh: '能力', en: 'Capacity' },
  commissionedDate: { zh: '投用日期', en: 'Commissioned' },
  notes: { zh: '备注', en: 'Notes' },
  note: { zh: '备注', en: 'Note' },
  deadline: { zh: '截止日期', en: 'Deadline' },
  dueDate: { zh: '整改期限', en: 'Due date' },
  priority: { zh: '优先级', en: 'Priority' },
  plan: { zh: '整改计划', en: 'Plan' },
  result: { zh: '结果', en: 'Result' },
  grade: { zh: '等级', en: 'Grade' },
  aspect: { zh: '方面', en: 'Aspect' },
  itemCode: { zh: '条目代码', en: 'Item code' },
  mfaEnabled: { zh: '双因素认证', en: 'Two-factor authentication' },
  mustChangePassword: { zh: '须修改密码', en: 'Must change password' },
};

/** An audit code in words, or the code itself when this release has no words for it. */
export const auditWords = (table: Record<string, Words>, code: string, lang: 'zh' | 'en') =>
  table[code]?.[lang] ?? code;

type ValueWords = Readonly<Record<string, Words>>;

const RECORD_STATUS: ValueWords = USER_STATUS_LABELS;

/**
 * Enumerated values in words. Where one field name means different things on different objects (a
 * campaign's status is not a finding's), the object type decides; other fields read the same everywhere.
 */
export const AUDIT_VALUE_LABELS: {
  byEntity: Record<string, Record<string, ValueWords>>;
  byField: Record<string, ValueWords>;
} = {
  byEntity: {
    user: { status: RECORD_STATUS },
    org_unit: { status: RECORD_STATUS, kind: ORG_KIND_LABELS },
    port: { status: PORT_STATUS_LABELS },
    facility: { status: FACILITY_STATUS_LABELS },
    port_designation: { status: DESIGNATION_STATUS_LABELS },
    campaign: { status: CAMPAIGN_STATUS_LABELS, kind: CAMPAIGN_KIND_LABELS },
    assessment: { status: ASSESSMENT_STATUS_LABELS },
    finding: { status: RECTIFICATION_STATUS_LABELS },
    catalogVersion: { status: CATALOG_VERSION_STATUS_LABELS },
    mail: { status: MAIL_STATUS_LABELS },
    project: { kind: PROJECT_KIND_LABELS },
  },
  byField: {
    role: ROLE_LABELS,
    aspect: ASPECT_LABELS,
    workingGroup: {
      SYSTEM: { zh: '制度体系组', en: 'Systems' },
      FACILITY: { zh: '设施设备组', en: 'Facilities' },
      TECH: { zh: '技术能力组', en: 'Technical capacity' },
      EDUCATION: { zh: '宣传培训组', en: 'Education and training' },
    },
    result: ITEM_RESULT_LABELS,
    grade: GRADE_LABELS,
    importance: IMPORTANCE_LABELS,
    basisKind: BASIS_KIND_LABELS,
    priority: PRIORITY_LABELS,
    modes: PORT_MODE_LABELS,
    mode: PORT_MODE_LABELS,
    portClass: PORT_CLASS_LABELS,
    gate: PROJECT_GATE_LABELS,
    capacityUnit: FACILITY_CAPACITY_UNIT_LABELS,
    designCapacityUnit: DESIGN_CAPACITY_UNIT_LABELS,
    unit: TRAFFIC_UNIT_LABELS,
    email: EMAIL_MODE_LABELS,
  },
};

/** One enumerated value in words, or null when the field is not enumerated or the value unknown. */
export function auditValueWords(
  entityType: string,
  field: string,
  value: string,
  lang: 'zh' | 'en',
): string | null {
  const table =
    AUDIT_VALUE_LABELS.byEntity[entityType]?.[field] ?? AUDIT_VALUE_LABELS.byField[field];
  return table && Object.hasOwn(table, value) ? (table[value]?.[lang] ?? null) : null;
}
