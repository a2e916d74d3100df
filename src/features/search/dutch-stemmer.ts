/**
 * Snowball's Dutch stemmer (Kraaij–Pohlmann, Snowball 3.0), the one Pagefind 1.6 stems Dutch
 * words with, written after the algorithm's definition (snowballstem.org, algorithms/dutch.sbl).
 * It keeps Snowball's model of a cursor, a slice (bra–ket) and limits, because the algorithm's
 * conditions are stated in it; tests/unit/dutch-stemmer.test.ts holds it to Pagefind's own stems.
 * Expects a lower-case word.
 */

const A = 'aäáàâ';
const E = 'eëéèê';
const I = 'iïíìî';
const O = 'oöóòô';
const U = 'uüúùû';
const AIOU = A + I + O + U;
const AEIOU = AIOU + E;
const VOWEL = AEIOU + 'y';
const VOWEL_WX = VOWEL + 'wx';

class Word {
  cursor = 0;
  bra = 0;
  ket = 0;
  limitBackward = 0;
  p1 = 0;
  p2 = 0;
  geRemoved = false;
  text: string;

  constructor(text: string) {
    this.text = text;
  }

  get limit(): number {
    return this.text.length;
  }

  // Backward mode: the cursor moves left over what it matches.
  before(s: string): boolean {
    const start = this.cursor - s.length;
    if (start < this.limitBackward || !this.text.startsWith(s, start)) return false;
    this.cursor = start;
    return true;
  }
  beforeIn(group: string): boolean {
    if (this.cursor <= this.limitBackward || !group.includes(this.text[this.cursor - 1]!)) return false;
    this.cursor--;
    return true;
  }
  beforeNotIn(group: string): boolean {
    if (this.cursor <= this.limitBackward || group.includes(this.text[this.cursor - 1]!)) return false;
    this.cursor--;
    return true;
  }
  /** The longest of `suffixes` that ends at the cursor, moving the cursor before it. */
  suffix(suffixes: readonly string[]): string | undefined {
    let found: string | undefined;
    for (const s of suffixes) {
      if (s.length > (found?.length ?? -1) && this.cursor - s.length >= this.limitBackward && this.text.startsWith(s, this.cursor - s.length)) found = s;
    }
    if (found !== undefined) this.cursor -= found.length;
    return found;
  }
  /** Snowball's `[substring] among`: the longest of `suffixes` before the cursor becomes the slice. */
  sliceSuffix(suffixes: readonly string[]): string | undefined {
    this.ket = this.cursor;
    const found = this.suffix(suffixes);
    if (found !== undefined) this.bra = this.cursor;
    return found;
  }
  get atLimitBackward(): boolean {
    return this.cursor <= this.limitBackward;
  }

  // Forward mode.
  at(s: string): boolean {
    if (!this.text.startsWith(s, this.cursor)) return false;
    this.cursor += s.length;
    return true;
  }
  atIn(group: string): boolean {
    if (this.cursor >= this.limit || !group.includes(this.text[this.cursor]!)) return false;
    this.cursor++;
    return true;
  }
  atNotIn(group: string): boolean {
    if (this.cursor >= this.limit || group.includes(this.text[this.cursor]!)) return false;
    this.cursor++;
    return true;
  }
  /** The longest of `prefixes` that starts at the cursor, moving the cursor past it. */
  prefix(prefixes: readonly string[]): string | undefined {
    let found: string | undefined;
    for (const s of prefixes) if (s.length > (found?.length ?? -1) && this.text.startsWith(s, this.cursor)) found = s;
    if (found !== undefined) this.cursor += found.length;
    return found;
  }

  /** Runs `condition` and puts the cursor back, whatever it found. */
  test(condition: () => boolean): boolean {
    const cursor = this.cursor;
    const result = condition();
    this.cursor = cursor;
    return result;
  }

  replace(bra: number, ket: number, s: string): number {
    const adjustment = s.length - (ket - bra);
    this.text = this.text.slice(0, bra) + s + this.text.slice(ket);
    if (this.cursor >= ket) this.cursor += adjustment;
    else if (this.cursor > bra) this.cursor = bra;
    return adjustment;
  }
  setSlice(s: string): true {
    this.replace(this.bra, this.ket, s);
    this.ket = this.bra + s.length;
    return true;
  }
  deleteSlice(): true {
    return this.setSlice('');
  }
  insert(s: string): void {
    const at = this.cursor;
    const adjustment = this.replace(at, at, s);
    if (at <= this.bra) this.bra += adjustment;
    if (at <= this.ket) this.ket += adjustment;
  }

  get r1(): boolean {
    return this.p1 <= this.cursor;
  }
  get r2(): boolean {
    return this.p2 <= this.cursor;
  }
  /** A vowel (or ij) before the cursor. */
  vowelBefore(): boolean {
    return this.test(() => this.beforeIn(VOWEL) || this.before('ij'));
  }
  /** A vowel (or ij) before the character before the cursor. */
  vowelBeforeNext(): boolean {
    return this.test(() => this.cursor > this.limitBackward && (this.cursor--, this.beforeIn(VOWEL) || this.before('ij')));
  }
  /** A consonant before the cursor, the j of ij not counting as one. */
  consonantBefore(): boolean {
    return this.test(() => !this.test(() => this.before('ij')) && this.beforeNotIn(VOWEL));
  }
}

/** p1 and p2: where the regions R1 and R2 start (after vowel(s) and a consonant, twice). */
function measure(w: Word): void {
  w.p1 = w.p2 = w.limit;
  w.test(() => {
    const vowelsThenConsonant = () => {
      while (w.atNotIn(VOWEL));
      let vowels = 0;
      while (w.at('ij') || w.atIn(VOWEL)) vowels++;
      return vowels > 0 && w.atNotIn(VOWEL);
    };
    if (!vowelsThenConsonant()) return false;
    w.p1 = w.cursor;
    if (!vowelsThenConsonant()) return false;
    w.p2 = w.cursor;
    return true;
  });
}

/** Doubles the vowel of a closed last syllable (mak → maak), where Dutch spelling would. */
function lengthenVowel(w: Word): void {
  const fromEnd = w.limit - w.cursor;
  (() => {
    if (!w.beforeNotIn(VOWEL_WX)) return;
    const vowel = w.sliceSuffix(['a', 'e', 'o', 'u', 'à', 'á', 'â', 'ä', 'è', 'é', 'ê', 'eë', 'ië', 'ò', 'ó', 'ô', 'ö', 'ù', 'ú', 'û', 'ü']);
    if (vowel === undefined) return;
    if (vowel === 'eë') return void w.setSlice('eëe');
    if (vowel === 'ië') return void w.setSlice('iee');
    const cursor = w.cursor;
    const openBefore = () => w.beforeNotIn(AEIOU) || w.atLimitBackward;
    if (E.includes(vowel)) {
      const doubles = w.test(
        () =>
          openBefore() &&
          !w.test(() => w.beforeIn(AIOU) || (w.beforeIn(E) && w.atLimitBackward)) &&
          !w.test(() => w.cursor > w.limitBackward && (w.cursor--, w.beforeIn(AIOU) && w.beforeNotIn(AEIOU))),
      );
      if (!doubles) return;
    } else if (!w.test(openBefore)) return;
    w.cursor = cursor;
    w.insert(w.text.slice(w.bra, w.ket));
  })();
  w.cursor = w.limit - fromEnd;
}

/** Snowball's `delete attach s lengthen_V`: the slice goes, `s` (if any) takes its place, the vowel before may double. */
function deleteAndLengthen(w: Word, attach = ''): true {
  w.deleteSlice();
  if (attach) w.insert(attach);
  lengthenVowel(w);
  return true;
}

function step1(w: Word): boolean {
  const suffix = w.sliceSuffix(["'s", 's', 'ies', 'es', 'és', 'aus', 'en', 'nde']);
  if (suffix === undefined) return false;
  const start = w.cursor;
  const alternative = (condition: () => boolean) => {
    w.cursor = start;
    return condition();
  };
  switch (suffix) {
    case "'s":
      return w.deleteSlice();
    case 's':
      return w.r1 && !w.test(() => w.before('t') && w.r1) && w.consonantBefore() && w.deleteSlice();
    case 'ies':
      return w.r1 && w.setSlice('ie');
    case 'es':
      return (
        alternative(() => w.test(() => w.before('ar') && w.r1 && w.consonantBefore()) && deleteAndLengthen(w)) ||
        alternative(() => w.test(() => w.before('er') && w.r1 && w.consonantBefore()) && w.deleteSlice()) ||
        alternative(() => w.r1 && w.consonantBefore() && w.setSlice('e'))
      );
    case 'és':
      return w.r1 && w.setSlice('é');
    case 'aus':
      return w.r1 && w.vowelBefore() && w.setSlice('au');
    case 'en':
      return (
        alternative(() => w.before('hed') && w.r1 && ((w.bra = w.cursor), w.setSlice('heid'))) ||
        alternative(() => w.before('nd') && w.deleteSlice()) ||
        alternative(() => w.before('d') && w.r1 && w.consonantBefore() && ((w.bra = w.cursor), w.deleteSlice())) ||
        alternative(() => (w.before('i') || w.before('j')) && w.vowelBefore() && w.deleteSlice()) ||
        alternative(() => w.r1 && w.consonantBefore() && deleteAndLengthen(w))
      );
    default: // 'nde'
      return w.setSlice('nd');
  }
}

function step2(w: Word): boolean {
  const suffix = w.sliceSuffix(['je', 'ge', 'lijke', 'ische', 'de', 'te', 'se', 're', 'le', 'ene', 'ieve']);
  if (suffix === undefined) return false;
  const start = w.cursor;
  // In 'je', each alternative first takes what it matched into the slice (Snowball's `]`).
  const diminutive = (before: string, condition: () => boolean, replacement: string) => {
    w.cursor = start;
    if (!w.before(before)) return false;
    w.bra = w.cursor;
    return condition() && w.setSlice(replacement);
  };
  switch (suffix) {
    case 'je':
      return (
        diminutive("'t", () => true, '') ||
        diminutive('et', () => w.r1 && w.consonantBefore(), '') ||
        diminutive('rnt', () => true, 'rn') ||
        diminutive('t', () => w.r1 && w.vowelBeforeNext(), '') ||
        diminutive('ink', () => true, 'ing') ||
        diminutive('mp', () => true, 'm') ||
        diminutive("'", () => w.r1, '') ||
        diminutive('', () => w.r1 && w.consonantBefore(), '')
      );
    case 'ge':
      return w.r1 && w.setSlice('g');
    case 'lijke':
      return w.r1 && w.setSlice('lijk');
    case 'ische':
      return w.r1 && w.setSlice('isch');
    case 'de':
      return w.r1 && w.consonantBefore() && w.deleteSlice();
    case 'te':
      return w.r1 && w.setSlice('t');
    case 'se':
      return w.r1 && w.setSlice('s');
    case 're':
      return w.r1 && w.setSlice('r');
    case 'le':
      return w.r1 && deleteAndLengthen(w, 'l');
    case 'ene':
      return w.r1 && w.consonantBefore() && deleteAndLengthen(w, 'en');
    default: // 'ieve'
      return w.r1 && w.consonantBefore() && w.setSlice('ief');
  }
}

function step3(w: Word): boolean {
  const suffix = w.sliceSuffix(['atie', 'iteit', 'heid', 'sel', 'ster', 'rder', 'ing', 'isme', 'erij', 'arij', 'fie', 'gie', 'tst', 'dst']);
  if (suffix === undefined) return false;
  switch (suffix) {
    case 'atie':
      return w.r1 && w.setSlice('eer');
    case 'iteit':
      return w.r1 && deleteAndLengthen(w);
    case 'heid':
    case 'sel':
    case 'ster':
      return w.r1 && w.deleteSlice();
    case 'rder':
      return w.setSlice('r');
    case 'ing':
    case 'isme':
    case 'erij': {
      // Snowball's exception: schilderij (painting) is not schild (shield).
      const start = w.cursor;
      if (w.before('ild')) return w.setSlice('er');
      w.cursor = start;
      return w.r1 && deleteAndLengthen(w);
    }
    case 'arij':
      return w.r1 && w.consonantBefore() && w.setSlice('aar');
    case 'fie':
    case 'gie':
      return w.r2 && deleteAndLengthen(w, suffix[0]!);
    default: // 'tst', 'dst'
      return w.r1 && w.consonantBefore() && w.setSlice(suffix[0]!);
  }
}

function step4(w: Word): boolean {
  const end = w.cursor;
  const suffix = w.sliceSuffix([
    'ioneel', 'atief', 'baar', 'naar', 'laar', 'raar', 'tant', 'lijker', 'lijkst',
    'achtig', 'achtiger', 'achtigst', 'eriger', 'erigst', 'erig', 'end',
  ]); // prettier-ignore
  if (suffix !== undefined) {
    const done = (() => {
      switch (suffix) {
        case 'ioneel':
          return w.r1 && w.setSlice('ie');
        case 'atief':
          return w.r1 && w.setSlice('eer');
        case 'baar':
        case 'achtig':
        case 'achtiger':
        case 'achtigst':
          return w.r1 && w.deleteSlice();
        case 'naar':
        case 'laar':
        case 'raar':
          return w.r1 && w.vowelBefore() && w.setSlice(suffix[0]!);
        case 'tant':
          return w.r1 && w.setSlice('teer');
        case 'lijker':
        case 'lijkst':
          return w.r1 && w.setSlice('lijk');
        default: // 'eriger', 'erigst', 'erig', 'end'
          return w.r1 && w.consonantBefore() && deleteAndLengthen(w);
      }
    })();
    if (done) return true;
  }
  w.cursor = end;
  if (w.sliceSuffix(['iger', 'igst', 'ig']) === undefined) return false;
  // Snowball's exception: innig (intimate) is not in.
  return w.r1 && !w.test(() => w.before('inn') && w.atLimitBackward) && w.consonantBefore() && deleteAndLengthen(w);
}

function step7(w: Word): boolean {
  const suffix = w.sliceSuffix(['kt', 'ft', 'pt']);
  if (suffix === undefined) return false;
  return w.setSlice(suffix[0]!);
}

const DOUBLED = ['bb', 'cc', 'dd', 'ff', 'gg', 'hh', 'jj', 'kk', 'll', 'mm', 'nn', 'pp', 'qq', 'rr', 'ss', 'tt', 'vv', 'ww', 'xx', 'zz'];

function step6(w: Word): boolean {
  const suffix = w.sliceSuffix([...DOUBLED, 'v', 'z']);
  if (suffix === undefined) return false;
  if (suffix === 'v') return w.setSlice('f');
  if (suffix === 'z') return w.setSlice('s');
  // Snowball's exception: innen (to collect) is not in.
  if (suffix === 'nn' && w.test(() => w.before('i') && w.atLimitBackward)) return false;
  return w.setSlice(suffix[0]!);
}

function step1c(w: Word): boolean {
  const suffix = w.sliceSuffix(['d', 't']);
  if (suffix === undefined) return false;
  if (!w.r1 || !w.consonantBefore()) return false;
  if (suffix === 'd') {
    if (w.test(() => w.before('n') && w.r1)) return false;
    // Snowball's exception: geïnd (collected) goes with innen, not with in.
    const start = w.cursor;
    if (w.before('in') && w.atLimitBackward) return w.setSlice('n');
    w.cursor = start;
    return w.deleteSlice();
  }
  // Snowball's exception: geënt (grafted) is not en (and).
  if (w.test(() => w.before('h') && w.r1) || w.test(() => w.before('en') && w.atLimitBackward)) return false;
  return w.deleteSlice();
}

/** What follows a ge- must be a syllable of at least three letters that does not end the word. */
function syllableFollows(w: Word): boolean {
  return (
    w.test(() => w.limit - w.cursor >= 3) &&
    w.test(() => {
      while (!(w.at('ij') || w.atIn(VOWEL))) {
        if (w.cursor >= w.limit) return false;
        w.cursor++;
      }
      while (w.at('ij') || w.atIn(VOWEL));
      return w.cursor < w.limit;
    })
  );
}

/** After ge- is deleted: ë or ï that starts what remains loses its diaeresis. */
function dropDiaeresis(w: Word): void {
  const cursor = w.cursor;
  w.bra = w.cursor;
  const letter = w.prefix(['ë', 'ï']);
  if (letter !== undefined) {
    w.ket = w.cursor;
    w.setSlice(letter === 'ë' ? 'e' : 'i');
  }
  w.cursor = cursor;
}

function losePrefix(w: Word): boolean {
  w.bra = w.cursor;
  if (!w.at('ge')) return false;
  w.ket = w.cursor;
  if (!syllableFollows(w)) return false;
  // Snowball's exceptions: geeft, geval(len) and gevaar/gevaren keep their ge-; gevali- does not.
  const after = w.prefix(['', 'eft', 'vaa', 'val', 'vali', 'vare']);
  if (after === 'eft' || after === 'vaa' || after === 'val' || after === 'vare') return false;
  w.geRemoved = true;
  w.deleteSlice();
  dropDiaeresis(w);
  return true;
}

function loseInfix(w: Word): boolean {
  if (w.cursor >= w.limit) return false;
  w.cursor++;
  for (;;) {
    w.bra = w.cursor;
    if (w.at('ge')) break;
    if (w.cursor >= w.limit) return false;
    w.cursor++;
  }
  w.ket = w.cursor;
  if (!syllableFollows(w)) return false;
  w.geRemoved = true;
  w.deleteSlice();
  dropDiaeresis(w);
  return true;
}

/** Runs `routine` from the end of the word, as Snowball's `backwards`, putting the cursor back at the start. */
function backwards(w: Word, routine: () => void): void {
  w.limitBackward = w.cursor;
  w.cursor = w.limit;
  routine();
  w.cursor = w.limitBackward;
}

/** The stem Pagefind indexes a lower-case Dutch word under (gesprekken → sprek). */
export function stemDutch(word: string): string {
  const w = new Word(word);
  let stemmed = false;
  /** Runs a step from the end of the word, as Snowball's `do`: the cursor goes back to the end. */
  const step = (run: (w: Word) => boolean) => {
    const fromEnd = w.limit - w.cursor;
    const done = run(w);
    w.cursor = w.limit - fromEnd;
    return done;
  };
  const dropGe = (lose: (w: Word) => boolean) => {
    w.geRemoved = false;
    const cursor = w.cursor;
    if (lose(w)) {
      w.cursor = cursor;
      measure(w);
    }
    w.cursor = cursor;
    backwards(w, () => {
      if (w.geRemoved) {
        stemmed = true;
        step(step1c);
      }
    });
  };

  measure(w);
  backwards(w, () => {
    for (const run of [step1, step2, step3, step4]) if (step(run)) stemmed = true;
  });
  dropGe(losePrefix);
  dropGe(loseInfix);
  backwards(w, () => {
    if (step(step7)) stemmed = true;
    if (stemmed) step(step6);
  });
  return w.text;
}
