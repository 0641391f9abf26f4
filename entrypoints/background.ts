import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeSync } from '../state/badge';
import { seedBuiltinPacks } from '../state/builtin';
import { BUILTIN_PACKS } from '../packs/builtin';

export default defineBackground(() => {
  void seedBuiltinPacks(BUILTIN_PACKS);
  startBadgeSync();
});
