import { errorsFrom, type ErrorCatalog } from '../../platform/errors/errors.ts';

export type FacilityErrorCode =
  | 'FACILITY_TYPE_UNKNOWN'
  | 'FACILITY_TYPE_CODE_TAKEN'
  | 'FACILITY_ARCHIVED'
  | 'FACILITY_NOT_ARCHIVED'
  | 'FACILITY_PORT_ARCHIVED'
  | 'FACILITY_CATEGORY_UNKNOWN';

const FACILITY_ERRORS: ErrorCatalog<FacilityErrorCode> = {
  FACILITY_TYPE_UNKNOWN: {
    status: 422,
    message: { zh: '设施类型不存在', en: 'Unknown facility type' },
  },
  FACILITY_TYPE_CODE_TAKEN: {
    status: 409,
    message: { zh: '该设施类型代码已存在', en: 'That facility type code is already in use' },
  },
  FACILITY_ARCHIVED: {
    status: 422,
    message: { zh: '该设施已归档', en: 'This facility is archived' },
  },
  FACILITY_NOT_ARCHIVED: {
    status: 422,
    message: { zh: '该设施未归档', en: 'This facility is not archived' },
  },
  FACILITY_PORT_ARCHIVED: {
    status: 422,
    message: { zh: '所选口岸已归档', en: 'The chosen port is archived' },
  },
  FACILITY_CATEGORY_UNKNOWN: {
    status: 422,
    message: { zh: '适用类别中有不存在的类别', en: 'An applicable category does not exist' },
  },
};

export const facilityError = errorsFrom(FACILITY_ERRORS);
