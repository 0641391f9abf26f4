import '@cloudscape-design/global-styles/index.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { loadState } from './state/store';
import { PracticeApp } from './PracticeApp';

async function boot() {
  await loadState();
  createRoot(document.getElementById('root')!).render(<PracticeApp />);
}

void boot();
