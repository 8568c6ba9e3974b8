import { createRoot } from 'react-dom/client';
import { i18nReady } from './lib/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/co-drafting.css';
import './styles/proposals.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
// The first language's messages arrive with the app's first requests; nothing shows keys in the meantime.
void i18nReady.then(() => {
  createRoot(root).render(<App />);
});
