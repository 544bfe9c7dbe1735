import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyLanguage, setupI18n } from './i18n';
import { actions, onLanguageChange } from './store/app-store';
import './styles.css';

setupI18n('fi');
onLanguageChange(applyLanguage);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void actions.start();
}
