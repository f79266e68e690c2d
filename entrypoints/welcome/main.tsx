import { render } from 'preact';
import { i18n } from '#i18n';
import '../../src/ui/settings/settings.css';
import { WelcomeApp } from './App';

document.documentElement.lang = i18n.t('popup.lang');
document.title = i18n.t('welcome.title');
render(<WelcomeApp />, document.getElementById('app')!);
