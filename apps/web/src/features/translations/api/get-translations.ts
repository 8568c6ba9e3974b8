import { sectionTranslations } from '@belong/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export function getTranslations(sectionId: string) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/translations`, sectionTranslations);
}

/** Under `['sections', id]`: an edit of the section, which may make them outdated, reads them again. */
export const translationsQueryOptions = (sectionId: string) =>
  queryOptions({ queryKey: ['sections', sectionId, 'translations'], queryFn: () => getTranslations(sectionId), retry: false });

/** Every translation of the section (at most one per language, so one page). */
export function useTranslations(sectionId: string) {
  return useQuery(translationsQueryOptions(sectionId));
}
