/** @jsxImportSource react */
import { useMemo, useState } from 'react';
import { Item } from '@keystar/ui/combobox';
import { TagGroup } from '@keystar/ui/tag';
import { VStack } from '@keystar/ui/layout';
import { Text } from '@keystar/ui/typography';
import { editorNl as t } from '../../i18n/authoring.nl.ts';
import { useEntries, type Pickable } from '../entries.ts';
import { AddBox } from './AddBox.tsx';
import { folded, optionLabel } from './EntryPicker.tsx';

export interface EntryListProps {
  label: string;
  description?: string;
  /** The collection to choose from, or 'tags' for the tags articles use (new ones may be typed). */
  from: Pickable | 'tags';
  minimum: number;
  value: readonly string[];
  onChange(value: readonly string[]): void;
  forceValidation?: boolean;
}

/** Marks the key of a tag typed anew, which no option has yet. */
const NEW = '\u0000new:';

/** A list of entries (or tags), each chosen by name from a search box and shown as a removable tag. */
export function EntryList({ label, description, from, minimum, value, onChange, forceValidation }: EntryListProps) {
  const data = useEntries();
  const [touched, setTouched] = useState(false);
  const options = useMemo(
    () =>
      from === 'tags' ? data?.tags.map((tag) => ({ id: tag, name: tag })) : data?.entries[from].map((entry) => ({ id: entry.id, name: optionLabel(entry) })),
    [data, from],
  );
  const nameOf = (id: string) => options?.find((option) => option.id === id)?.name ?? (from === 'tags' ? id : t.messages.unknownEntry(id));
  const itemsFor = (typed: string) => {
    const matching = (options ?? []).filter((option) => !value.includes(option.id) && folded(option.name).includes(folded(typed)));
    const isNew = from === 'tags' && typed !== '' && !value.includes(typed) && !(options ?? []).some((option) => option.id === typed);
    return isNew ? [{ id: `${NEW}${typed}`, name: t.picker.add(typed) }, ...matching] : matching;
  };
  const tooFew = (forceValidation || touched) && value.length < minimum;

  return (
    <VStack gap="regular" data-gesprek-field={from}>
      <AddBox
        label={label}
        description={description}
        itemsFor={itemsFor}
        onAdd={(key) => {
          onChange([...value, key.startsWith(NEW) ? key.slice(NEW.length) : key]);
          setTouched(true);
        }}
        onBlur={() => setTouched(true)}
        loading={!options}
        isRequired={minimum > 0}
        errorMessage={tooFew ? t.messages.required(label) : undefined}
      />
      <TagGroup
        aria-label={t.picker.chosen(label)}
        items={value.map((id) => ({ id, name: nameOf(id) }))}
        onRemove={(keys) => onChange(value.filter((id) => !keys.has(id)))}
        renderEmptyState={() => <Text color="neutralSecondary">{t.picker.empty}</Text>}
      >
        {(item) => <Item key={item.id}>{item.name}</Item>}
      </TagGroup>
    </VStack>
  );
}
