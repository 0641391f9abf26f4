import { defineBackground } from 'wxt/utils/define-background';
import { startBadgeSync } from '../state/badge';

export default defineBackground(() => {
  startBadgeSync();
});
