import type { Page, Project, ProjectCreate, ProjectGate, ProjectGateUpdate } from '@contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

const PARAMS = { page: 1, pageSize: 200 };

/** Projects in scope (up to 200), for the board. */
export const useProjects = () =>
  useQuery({
    queryKey: ['projects', 'board'],
    queryFn: () => api.get<Page<Project>>('/projects', PARAMS),
  });

function useProjectWrite<Vars>(write: (vars: Vars) => Promise<Project>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['projects'] }),
  });
}

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
      api.put<Project>(`/projects/${project.id}/gates/${gate}`, {
        version: project.version,
        ...body,
      }),
  );
export const useSignGate = () =>
  useProjectWrite(({ project, gate }: { project: Project; gate: ProjectGate }) =>
    api.post<Project>(`/projects/${project.id}/gates/${gate}/sign`, { version: project.version }),
  );
export const useCreateProject = () =>
  useProjectWrite((body: ProjectCreate) => api.post<Project>('/projects', body));
