/**
 * Keystatic's own chrome in Dutch where it shows on the main screens, and without its web font.
 * Keystatic 0.6.9 ships a thin nl-NL locale with mistakes ("Redden" for save, "Helder" for
 * clear) and hard-codes other words in English (validation messages, "Paragraph", "Insert").
 * This rewrites those literals in its built files while Vite bundles them for the dev server;
 * tests/unit/editor/translate.test.ts fails when a new version no longer holds one of them.
 */
import type { Plugin } from 'rolldown';

/** [what Keystatic's source says, what it should say]. Literal source text, quotes included. */
export const KEYSTATIC_DUTCH: readonly (readonly [string | RegExp, string])[] = [
  // Its nl-NL locale.
  ['"save": `Redden`', '"save": `Opslaan`'],
  ['"clear": `Helder`', '"clear": `Wissen`'],
  ['"create": `Creëren`', '"create": `Aanmaken`'],
  ['"edit": `Bewerking`', '"edit": `Bewerken`'],
  // Validation messages, in every field that writes them.
  ['`${label} is required`', '`${label} is verplicht`'],
  ['`${props.label} is required`', '`${props.label} is verplicht`'],
  ['`${fieldLabel} must not be empty`', '`${fieldLabel} mag niet leeg zijn`'],
  ['`${fieldLabel} must be at least ${min} characters long`', '`${fieldLabel} moet minstens ${min} tekens lang zijn`'],
  ['`${fieldLabel} must be no longer than ${max} characters`', '`${fieldLabel} mag niet langer zijn dan ${max} tekens`'],
  ['`${label} must be a whole number`', '`${label} moet een heel getal zijn`'],
  ['`${label} must be at least ${validation.min}`', '`${label} moet minstens ${validation.min} zijn`'],
  ['`${label} must be at most ${validation.max}`', '`${label} mag hoogstens ${validation.max} zijn`'],
  // The text editor's block menu and insert menu, lists, images, the dashboard's counts.
  ["name: 'Paragraph'", "name: 'Alinea'"],
  ['name: `Heading ${level}`', 'name: `Kop ${level}`'],
  ['label: `Heading ${level}`', 'label: `Kop ${level}`'],
  ["label: 'Heading ' + level", "label: 'Kop ' + level"],
  ['children: "Insert"', 'children: "Invoegen"'],
  // The insert menu's button shows only icons: it gets its name (axe: button-name).
  [
    "marginEnd: entryLayoutPane === 'main' ? undefined : 'medium',",
    "'aria-label': 'Invoegen',\n        marginEnd: entryLayoutPane === 'main' ? undefined : 'medium',",
  ],
  ['children: "Add"', 'children: "Toevoegen"'],
  ['children: ["Add", " ", t15]', 'children: ["Toevoegen:", " ", t15]'],
  ['children: "Edit"', 'children: "Bewerken"'],
  ['children: ["Edit", " ", t15]', 'children: ["Bewerken:", " ", t15]'],
  [/children: \["Edit ", (props\.componentBlock\.label|props\.component\.label|props\.name|componentConfig\.label)\]/, 'children: ["Bewerken: ", $1]'],
  ['children: "Done"', 'children: "Klaar"'],
  ['children: "Remove"', 'children: "Verwijderen"'],
  ['children: "Choose file"', 'children: "Kies een bestand"'],
  ['cancelLabel: "Cancel"', 'cancelLabel: "Annuleren"'],
  ['placeholderPlugin(\'Start writing or press "/" for commands…\')', 'placeholderPlugin(\'Begin met schrijven, of typ "/" voor een blok…\')'],
  // The entry's actions and the question before a delete.
  ['label: "Reset changes"', 'label: "Wijzigingen terugdraaien"'],
  ['label: "Delete entry\\u2026"', 'label: "Verwijderen\\u2026"'],
  ['label: "Duplicate entry\\u2026"', 'label: "Dupliceren\\u2026"'],
  ['label: "Copy entry"', 'label: "Kopiëren"'],
  ['label: "Paste entry"', 'label: "Plakken"'],
  ['title: "Delete entry"', 'title: "Verwijderen"'],
  ['primaryActionLabel: "Yes, delete"', 'primaryActionLabel: "Ja, verwijderen"'],
  ['children: "Are you sure? This action cannot be undone."', 'children: "Weet je het zeker? Dit kan niet ongedaan worden gemaakt."'],
  ['primaryActionLabel: "Save and duplicate"', 'primaryActionLabel: "Opslaan en dupliceren"'],
  ['children: "Empty list"', 'children: "Nog leeg"'],
  ['children: "Add the first item to see it here."', 'children: "Voeg het eerste toe om het hier te zien."'],
  ["singular: 'entry',\n        plural: 'entries'", "singular: 'item',\n        plural: 'items'"],
  // The link to Inter on Google Fonts: the editor serves Inter itself.
  [/\/\*#__PURE__\*\/jsx\("link", \{\s*href: "https:\/\/fonts\.googleapis\.com\/[^"]*",\s*rel: "stylesheet"\s*\}\)/, 'null'],
];

const KEYSTATIC_FILE = /[\\/]@keystatic[\\/]core[\\/]dist[\\/][^\\/]+\.js$/;

/** Keystatic's built source with the Dutch words in. */
export function translateKeystaticSource(code: string): string {
  let out = code;
  for (const [from, to] of KEYSTATIC_DUTCH) out = typeof from === 'string' ? out.replaceAll(from, to) : out.replace(new RegExp(from, 'g'), to);
  return out;
}

/** For Vite's dependency bundler (rolldown), which bundles Keystatic for the editor's pages. */
export function translateKeystatic(): Plugin {
  return {
    name: 'gesprek:translate-keystatic',
    transform(code, id) {
      return KEYSTATIC_FILE.test(id) ? { code: translateKeystaticSource(code), map: null } : null;
    },
  };
}
