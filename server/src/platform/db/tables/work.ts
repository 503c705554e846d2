// The work queue's table: the platform keeps it, every module opens and closes tasks in it.
import type { Permission, TaskKind, WorkingGroup } from '../../../../../contracts/index.ts';

export type TaskTable = {
  id: string;
  kind: TaskKind;
  subjectType: string;
  subjectId: string;
  subjectKey: string;
  assigneeUserId: string | null;
  permission: Permission;
  workingGroup: WorkingGroup | null;
  assigneeKey: string;
  unitId: string;
  titleZh: string;
  titleEn: string;
  link: string;
  dueDate: string | null;
  openedAt: number;
  closedAt: number | null;
  closeReason: 'done' | 'cancelled' | null;
  /** When the task's people were told (see notify/); null until then. */
  notifiedAt: number | null;
};
