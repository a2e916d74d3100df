/** @jsxImportSource react */
import { useState } from 'react';
import { Combobox, Item } from '@keystar/ui/combobox';
import { editorNl as t } from '../../i18n/authoring.nl.ts';
import { useEntries, type EntryOption, type Pickable } from '../entries.ts';

export interface EntryPickerProps {
  label: string;
  description?: string;
  collection: Pickable;
  required: boolean;
  value: string | null;
  onChange(value: string | null): void;
  autoFocus?: boolean;
  forceValidation?: boolean;
  /** Theses in MDX are cited by number: the value is the number, not the id. */
  byNumber?: boolean;
}

/** Text as it is searched: without accents or case ("Eyjafjallajökull" finds "eyjafjallajokull"). */
export const folded = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** The label an option shows: theses by number and summary, other entries by name. */
export const optionLabel = (option: EntryOption) => (option.number === undefined ? option.name : t.picker.thesis(option.number, option.name));

/** One entry of a collection, chosen by name; stores its id (the file name). */
export function EntryPicker({ label, description, collection, required, value, onChange, autoFocus, forceValidation, byNumber }: EntryPickerProps) {
  const entries = useEntries()?.entries[collection];
  const options = byNumber ? entries?.map((option) => ({ ...option, id: String(option.number) })) : entries;
  const [blurred, setBlurred] = useState(false);
  const missing = (forceValidation || blurred) && required && !value;
  // A reference to an entry that is gone (renamed or deleted) is named, not silently dropped.
  const unknown = value && options && !options.some((option) => option.id === value);
  return (
    // Marks the field as ours: the editor's accessibility test holds these to zero violations.
    <div data-gesprek-field={collection}>
      <Combobox
        label={label}
        description={description}
        value={value}
        onChange={(key) => onChange(typeof key === 'string' ? key : null)}
        onBlur={() => setBlurred(true)}
        autoFocus={autoFocus}
        defaultItems={options ?? []}
        loadingState={options ? 'idle' : 'loading'}
        isRequired={required}
        errorMessage={missing ? t.messages.required(label) : unknown ? t.messages.unknownEntry(value) : undefined}
        width="auto"
      >
        {(option) => <Item key={option.id}>{optionLabel(option)}</Item>}
      </Combobox>
    </div>
  );
}
