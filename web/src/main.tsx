import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './shell/styles.css';
import './shell/messages';
import { App } from './shell/App';
import { screens } from './screens';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App screens={screens} />
  </StrictMode>,
);
