import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeSync } from '../state/badge';
import { seedBuiltinPacks } from '../state/builtin';
import { startAuthorShortcut } from '../state/author-shortcut';
import { recheckOncePerVersion } from '../state/recheck';
import { BUILTIN_PACKS } from '../packs/builtin';
import { CATALOGUE_PAGE_IDS } from '../packs/catalogue/catalogue';
import { loadLabelTable } from '../packs/locales';
import { answerConsoleLabelRequests } from '../state/console-labels';
import { answerOpenLibraryRequests } from '../state/open-library';

export default defineBackground(() => {
  void recheckOncePerVersion(CATALOGUE_PAGE_IDS).catch(() => undefined);
  void seedBuiltinPacks(BUILTIN_PACKS);
  startBadgeSync();
  startAuthorShortcut();
  answerConsoleLabelRequests(loadLabelTable);
  answerOpenLibraryRequests();
});
