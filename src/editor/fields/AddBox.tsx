/** @jsxImportSource react */
import { useState, type ReactNode } from 'react';
import { Combobox, Item } from '@keystar/ui/combobox';

export interface AddBoxProps {
  label: string;
  description?: string;
  /** What may be added, given what is typed so far. */
  itemsFor(typed: string): { id: string; name: string }[];
  onAdd(id: string): void;
  loading: boolean;
  isRequired?: boolean;
  errorMessage?: ReactNode;
  onBlur?(): void;
}

/**
 * A search box that adds what is chosen to a list and empties itself. Its menu stays open with
 * what is left to choose, so several can be added in a row; Escape closes it.
 */
export function AddBox({ label, description, itemsFor, onAdd, loading, isRequired, errorMessage, onBlur }: AddBoxProps) {
  const [typed, setTyped] = useState('');
  return (
    <Combobox
      label={label}
      description={description}
      items={itemsFor(typed.trim())}
      inputValue={typed}
      onInputChange={setTyped}
      value={null}
      onChange={(key) => {
        if (typeof key !== 'string') return;
        onAdd(key);
        setTyped('');
      }}
      onBlur={onBlur}
      loadingState={loading ? 'loading' : 'idle'}
      isRequired={isRequired}
      errorMessage={errorMessage}
      width="auto"
    >
      {(item) => <Item key={item.id}>{item.name}</Item>}
    </Combobox>
  );
}
