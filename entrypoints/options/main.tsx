import { render } from 'preact';
import '../../assets/ui.css';
import { t } from '../../i18n/messages';
import { PackLibrary } from '../../components/PackLibrary';

// The page speaks the coach's language (its messages'), not index.html's default.
document.documentElement.lang = t('languageTag');
render(<PackLibrary />, document.getElementById('app')!);
