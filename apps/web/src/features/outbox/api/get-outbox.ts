import { listOf, mailMessage } from '@belong/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { listQueryOptions } from '../../../lib/pagination';

export function getOutbox(cursor?: string) {
  return apiRequest('/admin/outbox', listOf(mailMessage), { query: { cursor } });
}

export const outboxQueryOptions = () => listQueryOptions(['admin', 'outbox'], (cursor) => getOutbox(cursor));

export function useOutbox() {
  return useInfiniteQuery({ ...outboxQueryOptions(), retry: false });
}
