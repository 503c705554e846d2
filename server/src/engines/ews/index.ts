// Statistical early warning on weekly counts: Farrington flexible, Farrington, EARS C1-C3 and CUSUM,
// giving the same expected values, thresholds and alarms as R surveillance 1.20.3 (docs: EWS.md).
// Pure computation: no I/O here except the worker pool (batch.ts); the command that reads and writes
// CSV files is server/src/cli/ews.ts.
export {
  evaluateBatch,
  evaluateBatchTimed,
  type BatchOptions,
  type BatchSeries,
  type BatchTiming,
} from './batch.ts';
export {
  ControlError,
  DEFAULT_CONTROLS,
  controlNames,
  parseAssignment,
  resolveControls,
} from './controls.ts';
export {
  CsvFormatError,
  formatResultRows,
  parseCountsCsv,
  RESULT_HEADER,
  type CountSeries,
} from './csv.ts';
export { defaultRange, evaluateSeries, toWeeklyCounts, WeekRangeError } from './evaluate.ts';
export {
  EWS_METHODS,
  WEEK_STATUSES,
  weekResults,
  type ControlsByMethod,
  type EwsMethod,
  type MethodSettings,
  type SeriesEvaluation,
  type WeekRange,
  type WeekResult,
  type WeekStatus,
  type WeeklyCounts,
} from './types.ts';
