import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessageFrom, readMessages } from './i18n';

// WXT's fake browser has no i18n: the unit tests read the English messages, as an English browser would.
fakeBrowser.i18n.getMessage = getMessageFrom(readMessages('en')) as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => 'en';
