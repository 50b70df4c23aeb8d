// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { departmentOptions, PickerMultiSelect, PickerSelect } from './pickers';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

beforeAll(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  // What jsdom lacks and Mantine's dropdown asks for.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  Element.prototype.scrollIntoView ??= () => {};
});

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function mount(node: React.ReactNode) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<MantineProvider>{node}</MantineProvider>));
  return host.querySelector('input:not([type="hidden"])') as HTMLInputElement;
}

async function type(input: HTMLInputElement, text: string) {
  await act(async () => {
    input.focus();
    input.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  });
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setValue.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function pressEnter(input: HTMLInputElement) {
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
  });
}

function Departments({ picked }: { picked: string[][] }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <PickerMultiSelect
      label="Départements"
      data={departmentOptions}
      value={value}
      onChange={(next) => {
        picked.push(next);
        setValue(next);
      }}
    />
  );
}

describe('département and theme pickers', () => {
  it('Enter picks the first match of what was typed, without ↓ first', async () => {
    const picked: string[][] = [];
    const input = mount(<Departments picked={picked} />);
    await type(input, 'Nord');
    await pressEnter(input);
    expect(picked.at(-1)).toEqual(['59']);
    await type(input, '31');
    await pressEnter(input);
    expect(picked.at(-1)).toEqual(['59', '31']);
  });

  it('a second Enter with nothing typed adds nothing', async () => {
    const picked: string[][] = [];
    const input = mount(<Departments picked={picked} />);
    await type(input, 'herault');
    await pressEnter(input);
    expect(picked).toEqual([['34']]);
    await pressEnter(input);
    expect(picked).toEqual([['34']]);
  });

  it('works the same in the single choice of the finder', async () => {
    const picked: (string | null)[] = [];
    const input = mount(<PickerSelect label="Votre département" data={departmentOptions} onChange={(v) => picked.push(v)} />);
    await type(input, 'Gironde');
    await pressEnter(input);
    expect(picked).toEqual(['33']);
  });
});
