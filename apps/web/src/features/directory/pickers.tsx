import {
  MultiSelect,
  Select,
  type ComboboxItem,
  type MultiSelectProps,
  type OptionsFilter,
  type SelectProps,
} from '@mantine/core';
import { DEPARTMENTS, foldForSearch } from '@tandem/shared';
import { useState } from 'react';

export const departmentOptions = DEPARTMENTS.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` }));

// Accents, case and hyphens do not matter: "ile de france", "herault" and "cotes d armor" all match.
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const wanted = foldForSearch(search);
  if (!wanted) return options;
  return (options as ComboboxItem[]).filter((o) => foldForSearch(o.label).includes(wanted));
};

/**
 * While something is typed, the first match is highlighted, so Enter picks it ("Nord" ⏎, "31" ⏎)
 * without ↓ first. With nothing typed nothing is highlighted: a second Enter adds nothing by surprise.
 */
function useFirstMatchOnEnter() {
  const [searchValue, onSearchChange] = useState('');
  return { searchValue, onSearchChange, selectFirstOptionOnChange: searchValue.trim() !== '', filter: foldedFilter };
}

/** A searchable multiple choice (themes, départements, régions) where Enter picks the first match. */
export function PickerMultiSelect(props: Omit<MultiSelectProps, 'searchable' | 'searchValue' | 'onSearchChange'>) {
  const search = useFirstMatchOnEnter();
  return <MultiSelect searchable {...search} {...props} />;
}

/** A searchable single choice where Enter picks the first match. */
export function PickerSelect(props: Omit<SelectProps, 'searchable' | 'searchValue' | 'onSearchChange'>) {
  const search = useFirstMatchOnEnter();
  return <Select searchable {...search} {...props} />;
}
