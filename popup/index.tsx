import { render } from 'preact';
import { t } from '../src/ui/i18n';
import { Popup } from './Popup';

document.documentElement.lang = t('languageCode');
render(<Popup />, document.getElementById('app') as HTMLElement);
