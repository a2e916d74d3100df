/**
 * The components authors use in MDX (src/components/mdx/) as blocks of the editor, written
 * back as the same JSX the build compiles: Callout and Quote wrap text, Term marks words,
 * Thesis, Figure and Gallery stand alone. Images are stored by path beside the entry, which the
 * build imports (src/build/mdx-image-paths.ts).
 */
import { createElement } from 'react';
import { fields } from '@keystatic/core';
import { block, mark, wrapper } from '@keystatic/core/content-components';
import { Icon } from '@keystar/ui/icon';
import { badgeInfoIcon } from '@keystar/ui/icon/icons/badgeInfoIcon';
import { bookOpenIcon } from '@keystar/ui/icon/icons/bookOpenIcon';
import { hashIcon } from '@keystar/ui/icon/icons/hashIcon';
import { imageIcon } from '@keystar/ui/icon/icons/imageIcon';
import { galleryHorizontalIcon } from '@keystar/ui/icon/icons/galleryHorizontalIcon';
import { quoteIcon } from '@keystar/ui/icon/icons/quoteIcon';
import { ui } from '../i18n/nl.ts';
import { editorNl as t } from '../i18n/authoring.nl.ts';
import { LANGUAGE_TAG } from '../lib/language.ts';
import { entryField, imageField, thesisNumberField } from './fields/index.ts';

const CALLOUT_KINDS = ['note', 'tip', 'warning'] as const;
const icon = (src: typeof imageIcon) => createElement(Icon, { src });
const required = (label: string) => ({ pattern: { regex: /\S/, message: t.messages.required(label) } });
const optionalLanguage = { pattern: { regex: new RegExp(`^$|${LANGUAGE_TAG.source}`, LANGUAGE_TAG.flags), message: t.messages.pattern.lang } };

/** The blocks for an MDX collection whose images live under `directory` (content/articles, content/pages). */
export function mdxBlocks(directory: string) {
  const b = t.blocks;
  const image = (label: string) => imageField({ label, directory });
  return {
    Callout: wrapper({
      label: b.Callout.label,
      icon: icon(badgeInfoIcon),
      schema: {
        type: fields.select({
          label: b.Callout.props.type.label,
          options: CALLOUT_KINDS.map((kind) => ({ value: kind, label: ui.callout[kind] })),
          defaultValue: 'note',
        }),
        title: fields.text(b.Callout.props.title),
      },
    }),
    Quote: wrapper({
      label: b.Quote.label,
      icon: icon(quoteIcon),
      schema: {
        by: fields.text({ ...b.Quote.props.by, validation: required(b.Quote.props.by.label) }),
        person: entryField(b.Quote.props.person, 'people', false),
        source: entryField(b.Quote.props.source, 'books', false),
        lang: fields.text({ ...b.Quote.props.lang, validation: optionalLanguage }),
      },
    }),
    Term: mark({
      label: b.Term.label,
      icon: icon(bookOpenIcon),
      tag: 'span',
      className: 'gesprek-term',
      schema: { id: entryField(b.Term.props.id, 'concepts', true) },
    }),
    Thesis: block({
      label: b.Thesis.label,
      icon: icon(hashIcon),
      schema: { n: thesisNumberField(b.Thesis.props.n) },
    }),
    Figure: block({
      label: b.Figure.label,
      icon: icon(imageIcon),
      schema: {
        src: image(b.Figure.props.src.label),
        alt: fields.text({ ...b.Figure.props.alt, validation: required(b.Figure.props.alt.label) }),
        caption: fields.text(b.Figure.props.caption),
        credit: fields.text(b.Figure.props.credit),
      },
    }),
    Gallery: block({
      label: b.Gallery.label,
      icon: icon(galleryHorizontalIcon),
      schema: {
        images: fields.array(
          fields.object({
            src: image(b.Gallery.props.src.label),
            alt: fields.text({ ...b.Gallery.props.alt, validation: required(b.Gallery.props.alt.label) }),
            caption: fields.text(b.Gallery.props.caption),
          }),
          { ...b.Gallery.props.images, itemLabel: (props) => (props as { fields: { alt: { value: string } } }).fields.alt.value || b.Gallery.props.src.label },
        ),
        label: fields.text(b.Gallery.props.label),
      },
    }),
  };
}
