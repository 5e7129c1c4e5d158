import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/options-page';
import { localizeDocument, t } from '../../utils/i18n';

localizeDocument(t('optionsTitle'));

render(
  <OptionsPage extensionVersion={browser.runtime.getManifest().version} />,
  document.getElementById('app')!,
);
