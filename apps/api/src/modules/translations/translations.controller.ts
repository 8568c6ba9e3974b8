import { Controller, Get, Put } from '@nestjs/common';
import {
  putTranslationRequest,
  sectionParams,
  sectionTranslation,
  sectionTranslations,
  translationParams,
  type Locale,
  type PutTranslationRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams } from '../../infra/http/validation';
import { TranslationsService } from './translations.service';

@Controller('sections/:id/translations')
export class TranslationsController {
  constructor(private readonly translations: TranslationsService) {}

  @Get()
  @Doc({
    summary: "The section's translations, by language code, each saying whether the text has changed since (`outdated`)",
    response: sectionTranslations,
    errors: ['NOT_FOUND'],
  })
  list(@CurrentUser() caller: AuthUser, @ValidParams(sectionParams) params: { id: string }) {
    return this.translations.list(caller, params.id);
  }

  @Get(':language')
  @Doc({
    summary: 'The section in one language (404 when it has no translation into it)',
    response: sectionTranslation,
    errors: ['NOT_FOUND'],
  })
  get(@CurrentUser() caller: AuthUser, @ValidParams(translationParams) params: { id: string; language: Locale }) {
    return this.translations.get(caller, params.id, params.language);
  }

  @Put(':language')
  @Doc({
    summary:
      "Write the section's translation into a language other than the strategy's (coordinators, in every stage: translations are not the frozen text). It is made from the current text: `sourceRevision` is that text's revision. 200 whether new or replaced",
    response: sectionTranslation,
    errors: ['FORBIDDEN', 'NOT_FOUND'],
  })
  put(
    @CurrentUser() caller: AuthUser,
    @ValidParams(translationParams) params: { id: string; language: Locale },
    @ValidBody(putTranslationRequest) body: PutTranslationRequest,
  ) {
    return this.translations.put(caller, params.id, params.language, body);
  }
}
