import { createRoot } from 'react-dom/client';
import './lib/i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/co-drafting.css';
import './styles/proposals.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
createRoot(root).render(<App />);
