/** @jsxImportSource react */
import { Item } from '@keystar/ui/combobox';
import { Picker } from '@keystar/ui/picker';
import { ActionButton } from '@keystar/ui/button';
import { Flex, VStack } from '@keystar/ui/layout';
import { Text } from '@keystar/ui/typography';
import { FieldLabel, FieldDescription } from '@keystar/ui/field';
import { ui } from '../../i18n/nl.ts';
import { editorNl as t } from '../../i18n/authoring.nl.ts';
import { THESIS_POSITIONS, type ThesisPosition } from '../../lib/positions.ts';
import { useEntries } from '../entries.ts';
import { AddBox } from './AddBox.tsx';
import { folded, optionLabel } from './EntryPicker.tsx';

export interface ThesisChoice {
  id: string;
  position: ThesisPosition;
}

const positions = THESIS_POSITIONS.map((position) => ({ id: position, name: ui.entities.positions[position].verb }));

/** The theses an article is about, each with what the article does with it. */
export function ThesisList({ value, onChange }: { value: readonly ThesisChoice[]; onChange(value: readonly ThesisChoice[]): void }) {
  const labels = t.fields.articles;
  const theses = useEntries()?.entries.theses;
  const nameOf = (id: string) => {
    const thesis = theses?.find((candidate) => candidate.id === id);
    return thesis ? optionLabel(thesis) : t.messages.unknownEntry(id);
  };
  const available = (theses ?? []).filter((thesis) => !value.some((chosen) => chosen.id === thesis.id));
  const update = (index: number, position: ThesisPosition) => onChange(value.map((chosen, at) => (at === index ? { ...chosen, position } : chosen)));

  return (
    <VStack gap="regular" role="group" aria-labelledby="gesprek-theses-label" data-gesprek-field="theses">
      <FieldLabel id="gesprek-theses-label" elementType="span">
        {labels.theses.label}
      </FieldLabel>
      <FieldDescription>{labels.theses.description}</FieldDescription>
      {value.length === 0 && <Text color="neutralSecondary">{t.picker.empty}</Text>}
      {value.map((chosen, index) => (
        <Flex key={chosen.id} gap="regular" alignItems="end" wrap>
          <Text flex minWidth="alias.singleLineWidth">
            {nameOf(chosen.id)}
          </Text>
          <Picker
            label={labels['theses.position'].label}
            items={positions}
            value={chosen.position}
            onChange={(key) => typeof key === 'string' && update(index, key as ThesisPosition)}
          >
            {(position) => <Item key={position.id}>{position.name}</Item>}
          </Picker>
          <ActionButton aria-label={`${t.picker.removeThesis}: ${nameOf(chosen.id)}`} onPress={() => onChange(value.filter((_, at) => at !== index))}>
            {t.picker.remove}
          </ActionButton>
        </Flex>
      ))}
      <AddBox
        label={t.picker.addThesis}
        itemsFor={(typed) =>
          available.map((thesis) => ({ id: thesis.id, name: optionLabel(thesis) })).filter((thesis) => folded(thesis.name).includes(folded(typed)))
        }
        onAdd={(id) => onChange([...value, { id, position: 'discusses' }])}
        loading={!theses}
      />
    </VStack>
  );
}
