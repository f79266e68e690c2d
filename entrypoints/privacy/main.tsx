// The privacy policy inside the extension: PRIVACY.md itself (one text for the repository, the
// stores and this page), the section in the UI's language, rendered as text only.
import { render } from 'preact';
import { i18n } from '#i18n';
import policy from '../../PRIVACY.md?raw';
import '../../src/ui/settings/settings.css';
import { Markdown, sectionFor } from '../../src/ui/markdown';

const lang = i18n.t('popup.lang');
document.documentElement.lang = lang;
document.title = i18n.t('options.privacy.policyTitle');
render(
  <div class="options privacy-page">
    <Markdown text={sectionFor(policy, lang)} />
  </div>,
  document.getElementById('app')!,
);
