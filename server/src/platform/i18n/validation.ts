import type { Lang, Text } from './lang.ts';

/** A validation problem as fastify-type-provider-zod reports it: the zod issue code plus its details. */
export type ValidationIssue = {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
};

/** Messages our own schemas raise by key (refine messages), in both languages. */
const NAMED: Record<string, Text> = {
  not_text_or_list: { zh: '须为文本或列表', en: 'must be text or a list' },
  password_classes: {
    zh: '密码须包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'must mix at least three of: upper case, lower case, digits, symbols',
  },
  password_same: { zh: '新密码不能与当前密码相同', en: 'must differ from the current password' },
  username: {
    zh: '用户名须以小写字母开头，3–40 位小写字母、数字或 . _ -',
    en: 'must start with a lower-case letter: 3–40 of a-z 0-9 . _ -',
  },
  code: { zh: '代码须为 2–40 位大写字母、数字、_ 或 -', en: 'must be 2–40 of A-Z 0-9 _ -' },
  otp: { zh: '请输入 6 位动态口令或恢复码', en: 'enter the 6-digit code or a recovery code' },
  working_group: {
    zh: '工作组成员须指定工作组，其他角色不得指定',
    en: 'a working group member needs a working group; other roles take none',
  },
  province_code: {
    zh: '须为 GB/T 2260 省级代码（如 440000）',
    en: 'must be a GB/T 2260 province code such as 440000',
  },
  city_code: {
    zh: '须为 GB/T 2260 地级市代码（如 440300）',
    en: 'must be a GB/T 2260 city code such as 440300',
  },
  city_in_province: { zh: '城市不属于所选省份', en: 'the city is not in the chosen province' },
  both_coordinates: {
    zh: '经纬度须同时填写或同时留空',
    en: 'give both latitude and longitude, or neither',
  },
  capacity_mode: {
    zh: '设计能力只能填写本口岸的运输方式',
    en: "design capacity may name only the port's own modes",
  },
  place_type: {
    zh: '监管作业场所和集中作业场地须选择所属类型，指定监管场地不选类型',
    en: 'a workplace or centralised site needs a type of its kind; a designated site takes none',
  },
  certification_complete: {
    zh: '认证的签发单位、签发日期、到期日期须同时填写或同时留空',
    en: 'give issuer, issue date and expiry date together, or none',
  },
  unique_category: { zh: '类别不能重复', en: 'each category may appear once' },
  unique_mode: { zh: '运输方式不能重复', en: 'each mode may appear once' },
  expiry_after_issue: { zh: '到期日期须晚于签发日期', en: 'must be after the issue date' },
  date_range: {
    zh: '日期须在 1900-01-01 至 2100-12-31 之间',
    en: 'must be between 1900-01-01 and 2100-12-31',
  },
  na_reason_required: {
    zh: '判定为不适用时须说明理由（至少 2 个字）',
    en: 'give the reason (at least 2 characters) when an item does not apply',
  },
  grade_for_nonconformity: {
    zh: '部分符合或不符合时须选择问题等级，其他结果不填',
    en: 'a grade goes with partial or non-compliant results only, and they need one',
  },
  nothing_to_change: {
    zh: '请至少修改一项（邮箱、语言或提醒方式）',
    en: 'change at least one of: address, language, channels',
  },
  duplicate_items: { zh: '同一事项不能重复', en: 'each item may appear once' },
  cidr: {
    zh: '须为 IP 地址或地址段（如 10.0.0.0/8）',
    en: 'must be an address or range such as 10.0.0.0/8',
  },
};

/** The common expected types in words, so a Chinese message does not carry zod's English type name. */
const EXPECTED: Record<string, Text> = {
  number: { zh: '须为数字', en: 'must be a number' },
  string: { zh: '须为文本', en: 'must be text' },
  boolean: { zh: '须为是或否', en: 'must be true or false' },
  date: { zh: '须为日期', en: 'must be a date' },
  array: { zh: '须为列表', en: 'must be a list' },
  object: { zh: '须为对象', en: 'must be an object' },
};

const n = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? String(v) : '?');

function describe(issue: ValidationIssue): Text {
  const p = issue.params;
  const named = NAMED[issue.message];
  if (named) return named;
  switch (issue.keyword) {
    case 'invalid_type':
      // zod reports an integer check on a fraction as a type error too: say what is wanted, not "required".
      if (p.expected === 'int') return { zh: '须为整数', en: 'must be a whole number' };
      if (p.received === 'NaN') return { zh: '须为数字', en: 'must be a number' };
      return p.input === undefined &&
        (p.received === undefined || p.received === 'undefined') &&
        !/received (?!undefined)/.test(issue.message)
        ? { zh: '必填', en: 'is required' }
        : (EXPECTED[String(p.expected)] ?? {
            zh: `类型应为 ${String(p.expected)}`,
            en: `must be ${String(p.expected)}`,
          });
    case 'too_small':
      if (p.origin === 'string')
        return {
          zh: `至少 ${n(p.minimum)} 个字符`,
          en: `must be at least ${n(p.minimum)} characters`,
        };
      if (p.origin === 'array')
        return { zh: `至少 ${n(p.minimum)} 项`, en: `must have at least ${n(p.minimum)} items` };
      return { zh: `不能小于 ${n(p.minimum)}`, en: `must be at least ${n(p.minimum)}` };
    case 'too_big':
      if (p.origin === 'string')
        return {
          zh: `最多 ${n(p.maximum)} 个字符`,
          en: `must be at most ${n(p.maximum)} characters`,
        };
      if (p.origin === 'array')
        return { zh: `最多 ${n(p.maximum)} 项`, en: `must have at most ${n(p.maximum)} items` };
      return { zh: `不能大于 ${n(p.maximum)}`, en: `must be at most ${n(p.maximum)}` };
    case 'invalid_format':
      return {
        zh: `格式不正确（应为 ${String(p.format)}）`,
        en: `must be a valid ${String(p.format)}`,
      };
    case 'invalid_value':
      return {
        zh: `取值须为：${Array.isArray(p.values) ? p.values.join(' / ') : ''}`,
        en: `must be one of: ${Array.isArray(p.values) ? p.values.join(', ') : ''}`,
      };
    case 'unrecognized_keys':
      return { zh: '不允许的字段', en: 'is not an accepted field' };
    case 'not_multiple_of':
      return { zh: `须为 ${n(p.divisor)} 的倍数`, en: `must be a multiple of ${n(p.divisor)}` };
    default:
      return { zh: '取值无效', en: 'is invalid' };
  }
}

/** Field path → message, one per field (the first problem found), in the caller's language. */
export function fieldMessages(
  issues: readonly ValidationIssue[],
  context: string | undefined,
  lang: Lang,
): Record<string, string> {
  // A Map, not an object literal: a field named `constructor` or `toString` must not read as already present.
  const fields = new Map<string, string>();
  for (const issue of issues) {
    const base = issue.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    const paths =
      issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)
        ? issue.params.keys.map((k) => (base ? `${base}.${String(k)}` : String(k)))
        : [base];
    for (const path of paths) {
      const key = path || context || 'body';
      if (!fields.has(key)) fields.set(key, describe(issue)[lang]);
    }
  }
  return Object.fromEntries(fields);
}

/** The message for a zod issue raised outside a route's schema (an import row), in the caller's language. */
export function issueText(
  issue: { code: string; message: string; path: readonly PropertyKey[] },
  lang: Lang,
): string {
  return describe({
    keyword: issue.code,
    instancePath: `/${issue.path.map(String).join('/')}`,
    message: issue.message,
    params: { ...issue },
  })[lang];
}
