import { render } from 'preact';
import { t } from '../src/ui/i18n';
import { OptionsApp } from './OptionsApp';

document.documentElement.lang = t('languageCode');
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
