import { CreateFoundation1764000000000 } from './1764000000000-CreateFoundation';
import { SeedRegions1764000000001 } from './1764000000001-SeedRegions';
import { CreateCoDrafting1764100000000 } from './1764100000000-CreateCoDrafting';
import { CreateProposalsAndRecommendations1764200000000 } from './1764200000000-CreateProposalsAndRecommendations';
import { CheckEnumColumns1764300000000 } from './1764300000000-CheckEnumColumns';
import { CreateSignInThrottle1764300000100 } from './1764300000100-CreateSignInThrottle';
import { TrackTextRevisionsAndEdits1764400000000 } from './1764400000000-TrackTextRevisionsAndEdits';
import { AddLanguages1764500000000 } from './1764500000000-AddLanguages';
import { CreateSectionTranslations1764600000000 } from './1764600000000-CreateSectionTranslations';
import { CreateInvitationsResetsAndMail1764700000000 } from './1764700000000-CreateInvitationsResetsAndMail';
import { CreateNotificationsAndLiveEvents1764800000000 } from './1764800000000-CreateNotificationsAndLiveEvents';
import { CreateRenderedDocuments1764900000000 } from './1764900000000-CreateRenderedDocuments';
import { CreateStrategyStamps1764900000100 } from './1764900000100-CreateStrategyStamps';

/** Every migration, oldest first. A new one is added at the end of this list. */
export const migrations = [
  CreateFoundation1764000000000,
  SeedRegions1764000000001,
  CreateCoDrafting1764100000000,
  CreateProposalsAndRecommendations1764200000000,
  CheckEnumColumns1764300000000,
  CreateSignInThrottle1764300000100,
  TrackTextRevisionsAndEdits1764400000000,
  AddLanguages1764500000000,
  CreateSectionTranslations1764600000000,
  CreateInvitationsResetsAndMail1764700000000,
  CreateNotificationsAndLiveEvents1764800000000,
  CreateRenderedDocuments1764900000000,
  CreateStrategyStamps1764900000100,
];
