import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type StandardsErrorCode =
  | 'CATALOG_CODE_TAKEN'
  | 'CATALOG_DRAFT_EXISTS'
  | 'CATALOG_NOT_PUBLISHED'
  | 'CATALOG_VERSION_PUBLISHED'
  | 'CATALOG_EMPTY'
  | 'CATALOG_ITEM_CODE_TAKEN'
  | 'CATALOG_EXPRESSION_INVALID'
  | 'CATALOG_FILE_INVALID'
  | 'CATALOG_ASPECT_NOT_YOURS'
  | 'CAMPAIGN_CODE_TAKEN'
  | 'CAMPAIGN_NOT_DRAFT'
  | 'CAMPAIGN_NOT_OPEN'
  | 'CAMPAIGN_PORTS_UNKNOWN'
  | 'CAMPAIGN_VERSION_NOT_PUBLISHED'
  | 'ASSESSMENT_NOT_EDITABLE'
  | 'ASSESSMENT_UNANSWERED'
  | 'ASSESSMENT_WRONG_STATUS'
  | 'ASSESSMENT_ASPECT_NOT_YOURS'
  | 'ASSESSMENT_ASPECT_ABSENT'
  | 'ASSESSMENT_ITEM_AUTOMATIC'
  | 'ASSESSMENT_ITEM_ELSEWHERE'
  | 'ASSESSMENT_ITEM_OTHER_ASSESSMENT'
  | 'ASSESSMENT_REOPEN_NOT_REQUESTED'
  | 'ASSESSMENT_REOPEN_PENDING'
  | 'FINDING_WRONG_STATUS'
  | 'FINDING_OWNER_UNKNOWN'
  | 'FINDING_ASPECT_NOT_YOURS';

const STANDARDS_ERRORS: ErrorCatalog<StandardsErrorCode> = {
  CATALOG_CODE_TAKEN: {
    status: 409,
    message: { zh: '要求目录编码已存在', en: 'A catalog with this code exists' },
  },
  CATALOG_DRAFT_EXISTS: {
    status: 409,
    message: {
      zh: '该目录已有草稿版本，请先发布或继续编辑该草稿',
      en: 'This catalog already has a draft version; publish or edit it first',
    },
  },
  CATALOG_NOT_PUBLISHED: {
    status: 422,
    message: { zh: '该目录还没有已发布的版本', en: 'This catalog has no published version yet' },
  },
  CATALOG_VERSION_PUBLISHED: {
    status: 422,
    message: {
      zh: '已发布的版本不可修改，请新建版本',
      en: 'A published version cannot change; start a new version',
    },
  },
  CATALOG_EMPTY: {
    status: 422,
    message: { zh: '空目录不能发布', en: 'An empty catalog cannot be published' },
  },
  CATALOG_ITEM_CODE_TAKEN: {
    status: 409,
    message: {
      zh: '本版本中已有该编码的要求',
      en: 'This version already has an item with this code',
    },
  },
  CATALOG_EXPRESSION_INVALID: {
    status: 422,
    message: { zh: '表达式有误', en: 'An expression is invalid' },
  },
  CATALOG_FILE_INVALID: {
    status: 400,
    message: { zh: '目录文件有误', en: 'The catalog file is invalid' },
  },
  CATALOG_ASPECT_NOT_YOURS: {
    status: 403,
    message: {
      zh: '只能编辑本工作组所负责方面的要求',
      en: 'You may edit only the requirements of your working group’s aspect',
    },
  },
  CAMPAIGN_CODE_TAKEN: {
    status: 409,
    message: { zh: '评估活动编码已存在', en: 'A campaign with this code exists' },
  },
  CAMPAIGN_NOT_DRAFT: {
    status: 422,
    message: { zh: '评估活动已启动', en: 'The campaign has already been opened' },
  },
  CAMPAIGN_NOT_OPEN: {
    status: 422,
    message: { zh: '评估活动未在进行中', en: 'The campaign is not open' },
  },
  CAMPAIGN_PORTS_UNKNOWN: {
    status: 422,
    message: { zh: '所选口岸不存在或已归档', en: 'Some chosen ports do not exist or are archived' },
  },
  CAMPAIGN_VERSION_NOT_PUBLISHED: {
    status: 422,
    message: { zh: '只能使用已发布的目录版本', en: 'Only a published catalog version can be used' },
  },
  ASSESSMENT_NOT_EDITABLE: {
    status: 422,
    message: {
      zh: '评估表当前状态不可填报',
      en: 'The assessment cannot be filled in its current state',
    },
  },
  ASSESSMENT_UNANSWERED: {
    status: 422,
    message: { zh: '还有必须达到的人工项未填报', en: 'Mandatory manual items are unanswered' },
  },
  ASSESSMENT_WRONG_STATUS: {
    status: 422,
    message: { zh: '评估表当前状态不允许此操作', en: 'The assessment’s state does not allow this' },
  },
  ASSESSMENT_ASPECT_NOT_YOURS: {
    status: 403,
    message: { zh: '该方面由其他工作组审核', en: 'Another working group reviews this aspect' },
  },
  ASSESSMENT_ASPECT_ABSENT: {
    status: 422,
    message: { zh: '该评估表没有此方面的要求', en: 'The assessment has no items of this aspect' },
  },
  ASSESSMENT_ITEM_AUTOMATIC: {
    status: 422,
    message: {
      zh: '自动评估项由系统根据台账计算，只能判定为不适用',
      en: 'An automatic item is computed from the registers; it can only be ruled not applicable',
    },
  },
  ASSESSMENT_ITEM_ELSEWHERE: {
    status: 422,
    message: { zh: '所列要求项不属于该方面', en: 'A listed item is not of this aspect' },
  },
  ASSESSMENT_ITEM_OTHER_ASSESSMENT: {
    status: 422,
    message: {
      zh: '所列要求项不属于该评估',
      en: 'A listed item belongs to another assessment',
    },
  },
  ASSESSMENT_REOPEN_NOT_REQUESTED: {
    status: 422,
    message: { zh: '没有待审批的重新打开申请', en: 'No reopening has been requested' },
  },
  ASSESSMENT_REOPEN_PENDING: {
    status: 409,
    message: { zh: '已有待审批的重新打开申请', en: 'A reopening request is already pending' },
  },
  FINDING_WRONG_STATUS: {
    status: 422,
    message: {
      zh: '整改项当前状态不允许此操作',
      en: 'The rectification’s state does not allow this',
    },
  },
  FINDING_OWNER_UNKNOWN: {
    status: 422,
    message: {
      zh: '责任人不存在或不在该口岸范围内',
      en: 'The owner does not exist or does not reach this port',
    },
  },
  FINDING_ASPECT_NOT_YOURS: {
    status: 403,
    message: {
      zh: '该整改项由其他工作组验证',
      en: 'Another working group verifies this rectification',
    },
  },
};

export const standardsError = errorsFrom(STANDARDS_ERRORS);

/** A step the assessment's current state does not allow, naming that state. */
export const assessmentWrongStatus = (status: string) =>
  standardsError('ASSESSMENT_WRONG_STATUS', {
    status: { zh: `当前状态：${status}`, en: `current state: ${status}` },
  });
