import type { Project, ProjectCreate, ProjectGate, ProjectGateUpdate } from '@contracts';
import { useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';

/** Projects in scope (up to 200), for the board. */
export const useProjects = () =>
  useQuery({
    queryKey: ['projects', 'board'],
    queryFn: () =>
      ok(client.GET('/api/v1/projects', { params: { query: { page: 1, pageSize: 200 } } })),
  });

const useProjectWrite = <Vars>(write: (vars: Vars) => Promise<Project>) =>
  useWrite(write, [['projects']]);

export const useUpdateGate = () =>
  useProjectWrite(
    ({
      project,
      gate,
      body,
    }: {
      project: Project;
      gate: ProjectGate;
      body: Omit<ProjectGateUpdate, 'version'>;
    }) =>
      ok(
        client.PUT('/api/v1/projects/{id}/gates/{gate}', {
          params: { path: { id: project.id, gate } },
          body: { version: project.version, ...body },
        }),
      ),
  );
export const useSignGate = () =>
  useProjectWrite(({ project, gate }: { project: Project; gate: ProjectGate }) =>
    ok(
      client.POST('/api/v1/projects/{id}/gates/{gate}/sign', {
        params: { path: { id: project.id, gate } },
        body: { version: project.version },
      }),
    ),
  );
export const useCreateProject = () =>
  useProjectWrite((body: ProjectCreate) => ok(client.POST('/api/v1/projects', { body })));
