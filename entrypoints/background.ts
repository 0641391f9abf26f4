import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeSync } from '../state/badge';
import { seedBuiltinPacks } from '../state/builtin';
import { startAuthorShortcut } from '../state/author-shortcut';
import { BUILTIN_PACKS } from '../packs/builtin';

export default defineBackground(() => {
  void seedBuiltinPacks(BUILTIN_PACKS);
  startBadgeSync();
  startAuthorShortcut();
});
