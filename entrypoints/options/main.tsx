import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
// oxlint-disable-next-line import/no-unassigned-import -- a stylesheet is imported for its effect
import '../../components/popup/popup.css';
// oxlint-disable-next-line import/no-unassigned-import -- a stylesheet is imported for its effect
import '../../components/options/options.css';

// The registry's NOTICE (sources and licences), bundled as raw text. A glob rather than a plain
// `?raw` import so that a checkout without the file still builds and says the list is missing.
const notices = import.meta.glob<string>('../../NOTICE', { query: '?raw', import: 'default', eager: true });
const notice = Object.values(notices)[0] ?? '';

const root = document.getElementById('app');
if (root) render(<OptionsApp notice={notice} />, root);
