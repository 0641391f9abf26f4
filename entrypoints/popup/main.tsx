import { render } from 'preact';
import '../../assets/ui.css';
import { t } from '../../i18n/messages';
import { Popup } from '../../components/Popup';

// The page speaks the coach's language (its messages'), not index.html's default.
document.documentElement.lang = t('languageTag');
render(<Popup />, document.getElementById('app')!);
