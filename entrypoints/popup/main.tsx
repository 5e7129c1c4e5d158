import { render } from 'preact';
import '../../components/topic/topic.css';
import '../../components/popup/popup.css';
import { App } from './app';
import { localizeDocument, t } from '../../utils/i18n';
import { popupParams } from './params';

// Test hook and full view: see ./params.ts (popup.html?tab=ID, popup.html?view=full).
const params = popupParams(location.search);
document.body.classList.toggle('full-view', params.view === 'full');
localizeDocument(params.view === 'full' ? t('openFullView') : t('popupTitle'));
render(<App params={params} />, document.getElementById('app')!);
