/** Components authors can use in any article without importing them. */
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Gallery from './Gallery.astro';
import Quote from './Quote.astro';
import Term from './Term.astro';
import Thesis from './Thesis.astro';

export const mdxComponents = { Callout, Figure, Gallery, Quote, Term, Thesis };
