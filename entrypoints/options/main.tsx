import { render } from 'preact';

render(<main>CCSVI Evidence Context</main>, document.getElementById('app')!);
