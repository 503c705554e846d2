import { Spin } from 'antd';

/** A large spinner in the middle of the page, while a page or the session loads. */
export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}
