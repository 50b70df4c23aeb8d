/**
 * What jsdom lacks and the components use (Mantine's media queries, the thread view's observers and
 * scrolling), for component tests: call once in `beforeAll`. A test that needs a working observer
 * installs its own after this.
 */
export function installJsdomShims(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  window.matchMedia ??= ((q: string) => ({
    matches: false,
    media: q,
    onchange: null,
    addListener() {},
    removeListener() {},
    addEventListener() {},
    removeEventListener() {},
    dispatchEvent: () => false,
  })) as never;
  const observer = class {
    observe() {}
    disconnect() {}
    unobserve() {}
    takeRecords() {
      return [];
    }
  };
  (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver ??= observer;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= observer;
  Element.prototype.scrollIntoView ??= () => {};
}
