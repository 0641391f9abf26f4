import '@cloudscape-design/global-styles/index.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { I18nProvider, type I18nProviderProps } from '@cloudscape-design/components/i18n';
import { loadState, unlessPageLeft } from './state/store';
import { PracticeApp } from './PracticeApp';
import { currentLanguage, type Language } from './i18n';

/**
 * Cloudscape's own catalogue for the page's language (wizard steps and buttons, pagination, flash
 * and alert labels), a chunk of its own so that English pages load no catalogue.
 */
async function cloudscapeMessages(language: Exclude<Language, 'en'>): Promise<I18nProviderProps.Messages> {
  const loaded =
    language === 'ja'
      ? await import('@cloudscape-design/components/i18n/messages/all.ja.json')
      : await import('@cloudscape-design/components/i18n/messages/all.de.json');
  return loaded.default as I18nProviderProps.Messages;
}

async function boot() {
  const language = currentLanguage();
  const [messages] = await Promise.all([language === 'en' ? null : cloudscapeMessages(language), loadState()]);
  const root = createRoot(document.getElementById('root')!);
  if (!messages) root.render(<PracticeApp />);
  else
    root.render(
      <I18nProvider locale={language} messages={[messages]}>
        <PracticeApp />
      </I18nProvider>,
    );
}

boot().catch(unlessPageLeft);
