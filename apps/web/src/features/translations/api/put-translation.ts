import { sectionTranslation, type Locale, type PutTranslationRequest } from '@belong/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { translationsQueryOptions } from './get-translations';

export interface PutTranslation {
  sectionId: string;
  strategyId: string;
  language: Locale;
  body: PutTranslationRequest;
}

export function putTranslation({ sectionId, language, body }: PutTranslation) {
  return apiRequest(`/sections/${encodeURIComponent(sectionId)}/translations/${language}`, sectionTranslation, {
    method: 'PUT',
    body,
  });
}

/** Writes the section's translation; the section's translations and the strategy page (in any language) are read again. */
export function usePutTranslation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putTranslation,
    onSuccess: (_saved, { sectionId, strategyId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: translationsQueryOptions(sectionId).queryKey }),
        queryClient.invalidateQueries({ queryKey: ['strategies', strategyId] }),
      ]),
  });
}
