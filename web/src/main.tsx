import { unstableSetRender } from 'antd';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import './i18n/index.ts';
import { App } from './app/App.tsx';

// antd 5 renders its wave effect and static pop-ups outside the tree; React 19 needs them mounted through createRoot.
const popupRoots = new WeakMap<Element | DocumentFragment, Root>();
unstableSetRender((node, container) => {
  const root = popupRoots.get(container) ?? createRoot(container);
  popupRoots.set(container, root);
  root.render(node);
  return async () => {
    root.unmount();
    popupRoots.delete(container);
  };
});

const host = document.getElementById('root');
if (host) {
  createRoot(host).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
