import { taskList } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getTasks() {
  return apiRequest('/me/tasks', taskList);
}

export const tasksQueryOptions = () => queryOptions({ queryKey: ['me', 'tasks'], queryFn: getTasks, retry: false });

export function useTasks(enabled = true) {
  return useQuery({ ...tasksQueryOptions(), enabled });
}
