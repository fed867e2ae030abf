import { render } from 'preact';
import { OptionsApp } from '../../components/options/options-app';
import '../../components/popup/popup.css';
import '../../components/options/options.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
