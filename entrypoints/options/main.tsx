import { render } from 'preact';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/options-page';

render(<OptionsPage />, document.getElementById('app')!);
