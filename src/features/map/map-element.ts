/**
 * <gesprek-map>: the whole knowledge graph on a canvas. Zoom and pan (pointer, wheel, pinch,
 * keys), filter by kind, find a node by name, select one to highlight its neighbours and open
 * its page. The layout comes settled in the graph file (laid out at build time, layout.ts), so
 * the map is whole on its first frame. The element keeps the graph and decides what is shown;
 * the picture is drawn by a painter on a worker thread (map-painter.ts).
 * The page's lists by kind name every node, for readers without JavaScript and for this module:
 * the graph file is in their order and names no node, so a node's title and route are its link's.
 */
import { THEME_CHANGE } from '../contract.ts';
import type { NodeKind } from '../../lib/knowledge-graph.ts';
import { findable, findNodes } from './find.ts';
import type { MapData } from './map-data.ts';
import { MapPainter, type PaintUpdate } from './map-painter.ts';

interface Graph {
  /** The page's link to each node: its text is the node's title, its address the node's page. */
  links: HTMLAnchorElement[];
  /** The titles as find compares them, once the reader has searched. */
  findTitles?: string[];
  kinds: NodeKind[];
  neighbours: number[][];
  positions: Float32Array;
}

const MIN_SCALE = 0.05;
const MAX_SCALE = 8;

class MapElement extends HTMLElement {
  private canvas!: HTMLCanvasElement;
  private painter?: (update: PaintUpdate, transfer?: Transferable[]) => void;
  private graph?: Graph;
  private hiddenKinds = new Set<NodeKind>();
  private selected = -1;
  private hovered = -1;
  private view = { x: 0, y: 0, k: 1 };
  private touchedView = false;
  private coloursRead = false;
  private pointers = new Map<number, { x: number; y: number }>();
  private dragged = false;

  connectedCallback() {
    this.canvas = this.querySelector('canvas')!;
    void this.load();
    this.bindControls();
    this.bindCanvas();
    // The painter's thread and the size observer start in a task of their own, soon after: in
    // the module's task they would make it long enough to block a slow phone's input. Started
    // before the graph arrives, the worker's script loads while the graph does, and the size is
    // known when it comes.
    setTimeout(() => {
      this.painter ??= this.startPainter();
      document.addEventListener(THEME_CHANGE, () => this.readColours());
      // Its first call comes once the canvas is laid out; the colours are read there, where the
      // page's style is computed already.
      new ResizeObserver(() => this.resize()).observe(this.canvas);
    });
  }

  /** Hands the painter what changed; the first call starts it. */
  private paint(update: PaintUpdate, transfer?: Transferable[]) {
    (this.painter ??= this.startPainter())(update, transfer);
  }

  /** The painter on a worker thread where the browser can hand it the canvas, else on this one. */
  private startPainter(): (update: PaintUpdate, transfer?: Transferable[]) => void {
    // After the first whole picture: what tests and the benchmark wait for.
    const painted = () => (this.dataset.state = 'ready');
    if (!('transferControlToOffscreen' in this.canvas)) {
      const painter = new MapPainter(this.canvas, painted);
      return (update) => painter.update(update);
    }
    const worker = new Worker(new URL('./painter-worker.ts', import.meta.url), { type: 'module' });
    const canvas = this.canvas.transferControlToOffscreen();
    worker.postMessage({ canvas }, [canvas]);
    worker.addEventListener('message', painted);
    worker.addEventListener('error', () => this.failed());
    return (update, transfer = []) => worker.postMessage(update, transfer);
  }

  private async load() {
    try {
      const response = await fetch(this.dataset.graph!);
      if (!response.ok) throw new Error(String(response.status));
      this.start((await response.json()) as MapData);
    } catch {
      this.failed();
    }
  }

  private failed() {
    this.status(this.dataset.failed ?? '');
    this.dataset.state = 'failed';
  }

  private start(data: MapData) {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-map-list] a')];
    const nodeKinds = Uint8Array.from(data.counts.flatMap((count, kind) => Array<number>(count).fill(kind)));
    // A page and a graph file from different builds.
    if (links.length !== nodeKinds.length) throw new Error(`${links.length} listed, ${nodeKinds.length} in the graph`);
    const neighbours: number[][] = links.map(() => []);
    for (let i = 0; i < data.links.length; i += 2) {
      neighbours[data.links[i]!]!.push(data.links[i + 1]!);
      neighbours[data.links[i + 1]!]!.push(data.links[i]!);
    }
    this.graph = { links, kinds: Array.from(nodeKinds, (kind) => data.kinds[kind]!), neighbours, positions: Float32Array.from(data.positions) };
    // The painter gets copies of its own, handed over without copying again.
    const graph = { kinds: data.kinds, nodeKinds, links: Uint32Array.from(data.links), positions: this.graph.positions.slice() };
    this.paint({ graph }, [graph.nodeKinds.buffer, graph.links.buffer, graph.positions.buffer]);
    if (!this.touchedView) this.fit();
    this.draw();
    this.status(this.dataset.ready ?? '');
  }

  // ---------- Controls ----------

  private bindControls() {
    this.querySelectorAll<HTMLInputElement>('input[data-kind]').forEach((box) =>
      box.addEventListener('change', () => {
        const kind = box.dataset.kind as NodeKind;
        if (box.checked) this.hiddenKinds.delete(kind);
        else this.hiddenKinds.add(kind);
        if (this.selected >= 0 && this.hiddenKinds.has(this.graph!.kinds[this.selected]!)) this.select(-1);
        this.draw();
      }),
    );
    this.querySelector('[data-zoom="in"]')?.addEventListener('click', () => this.zoomBy(1.5));
    this.querySelector('[data-zoom="out"]')?.addEventListener('click', () => this.zoomBy(1 / 1.5));
    this.querySelector('[data-zoom="fit"]')?.addEventListener('click', () => ((this.touchedView = false), this.fit(), this.draw()));
    const find = this.querySelector<HTMLInputElement>('[data-map-find]')!;
    const matches = this.querySelector<HTMLUListElement>('[data-map-matches]')!;
    find.addEventListener('input', () => this.showMatches(find.value, matches));
    find.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        matches.querySelector('button')?.click();
      }
    });
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-node]') : null;
      if (button) this.select(Number(button.dataset.node), true);
    });
  }

  private visible(index: number) {
    return !this.hiddenKinds.has(this.graph!.kinds[index]!);
  }

  private showMatches(query: string, list: HTMLUListElement) {
    list.replaceChildren();
    const graph = this.graph;
    if (!graph || query.trim().length < 2) return;
    // Read from the page and lower-cased once, at the first search: not on every keystroke.
    graph.findTitles ??= graph.links.map((link) => findable(link.textContent ?? ''));
    const found = findNodes(graph.links.length, (i) => (this.visible(i) ? graph.findTitles![i] : undefined), query);
    for (const index of found) list.append(this.nodeButton(index));
    if (found.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = this.dataset.noMatch ?? '';
      list.append(empty);
    }
  }

  private nodeButton(index: number): HTMLLIElement {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.node = String(index);
    button.className = 'map-node-button';
    button.textContent = this.titleOf(index);
    const kind = document.createElement('span');
    kind.className = 'map-node-kind';
    kind.textContent = ` (${this.kindLabel(this.graph!.kinds[index]!)})`;
    button.append(kind);
    item.append(button);
    return item;
  }

  private titleOf(index: number): string {
    return this.graph!.links[index]!.textContent ?? '';
  }

  private kindLabel(kind: NodeKind) {
    return this.querySelector(`input[data-kind="${kind}"]`)?.getAttribute('data-label') ?? kind;
  }

  /** Marks a node and its neighbours, and lists them beside the map; `centre` also brings it into view. */
  private select(index: number, centre = false) {
    const graph = this.graph!;
    this.selected = index;
    const panel = this.querySelector<HTMLElement>('[data-map-selection]')!;
    const empty = panel.querySelector<HTMLElement>('[data-map-empty]')!;
    const details = panel.querySelector<HTMLElement>('[data-map-details]')!;
    empty.hidden = index >= 0;
    details.hidden = index < 0;
    if (index >= 0) {
      const link = details.querySelector<HTMLAnchorElement>('[data-map-open]')!;
      link.href = graph.links[index]!.href;
      link.textContent = this.titleOf(index);
      details.querySelector('[data-map-kind]')!.textContent = this.kindLabel(graph.kinds[index]!);
      const list = details.querySelector('[data-map-neighbours]')!;
      list.replaceChildren(...graph.neighbours[index]!.filter((other) => this.visible(other)).map((other) => this.nodeButton(other)));
      if (centre) {
        this.touchedView = true;
        const rect = this.canvas.getBoundingClientRect();
        this.view.k = Math.max(this.view.k, 1.2);
        this.view.x = rect.width / 2 - graph.positions[index * 2]! * this.view.k;
        this.view.y = rect.height / 2 - graph.positions[index * 2 + 1]! * this.view.k;
      }
    }
    this.dataset.selected = index >= 0 ? graph.links[index]!.getAttribute('href')! : '';
    this.draw();
  }

  private status(text: string) {
    const status = this.querySelector('[data-map-status]');
    if (status) status.textContent = text;
  }

  // ---------- View ----------

  private resize() {
    const { width, height } = this.canvas.getBoundingClientRect();
    if (!this.coloursRead) this.readColours();
    this.paint({ size: { width, height, ratio: devicePixelRatio || 1 } });
    if (!this.touchedView) this.fit();
    this.draw();
  }

  private fit() {
    const graph = this.graph;
    if (!graph || graph.links.length === 0) return;
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < graph.links.length; i++) {
      const x = graph.positions[i * 2]!;
      const y = graph.positions[i * 2 + 1]!;
      [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
    const rect = this.canvas.getBoundingClientRect();
    const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, 0.9 * Math.min(rect.width / (maxX - minX || 1), rect.height / (maxY - minY || 1))));
    this.view = { k, x: rect.width / 2 - ((minX + maxX) / 2) * k, y: rect.height / 2 - ((minY + maxY) / 2) * k };
  }

  private zoomBy(factor: number, at?: { x: number; y: number }) {
    const rect = this.canvas.getBoundingClientRect();
    const point = at ?? { x: rect.width / 2, y: rect.height / 2 };
    const k = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.view.k * factor));
    this.view.x = point.x - ((point.x - this.view.x) * k) / this.view.k;
    this.view.y = point.y - ((point.y - this.view.y) * k) / this.view.k;
    this.view.k = k;
    this.touchedView = true;
    this.draw();
  }

  private panBy(dx: number, dy: number) {
    this.view.x += dx;
    this.view.y += dy;
    this.touchedView = true;
    this.draw();
  }

  /** The visible node nearest to a point on the canvas, within a finger's reach. */
  private nodeAt(x: number, y: number): number {
    const graph = this.graph;
    if (!graph) return -1;
    let best = -1;
    let bestDistance = (14 / Math.sqrt(this.view.k)) ** 2 + 64;
    for (let i = 0; i < graph.links.length; i++) {
      if (!this.visible(i)) continue;
      const dx = graph.positions[i * 2]! * this.view.k + this.view.x - x;
      const dy = graph.positions[i * 2 + 1]! * this.view.k + this.view.y - y;
      const distance = dx * dx + dy * dy;
      if (distance < bestDistance) [best, bestDistance] = [i, distance];
    }
    return best;
  }

  private bindCanvas() {
    const canvas = this.canvas;
    const local = (event: PointerEvent | WheelEvent) => {
      const rect = canvas.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };
    canvas.addEventListener('wheel', (event) => {
      event.preventDefault();
      this.zoomBy(Math.exp(-event.deltaY * 0.002), local(event));
    });
    canvas.addEventListener('pointerdown', (event) => {
      canvas.setPointerCapture(event.pointerId);
      this.pointers.set(event.pointerId, local(event));
      this.dragged = false;
    });
    canvas.addEventListener('pointermove', (event) => {
      const point = local(event);
      const previous = this.pointers.get(event.pointerId);
      if (!previous) {
        const hovered = this.nodeAt(point.x, point.y);
        if (hovered !== this.hovered) {
          this.hovered = hovered;
          canvas.style.cursor = hovered >= 0 ? 'pointer' : 'grab';
          this.draw();
        }
        return;
      }
      if (this.pointers.size === 2) {
        // Pinch: scale by the change in distance between the two fingers.
        const [a, b] = [...this.pointers.values()];
        const other = a === previous ? b! : a!;
        const before = Math.hypot(previous.x - other.x, previous.y - other.y);
        const after = Math.hypot(point.x - other.x, point.y - other.y);
        if (before > 0) this.zoomBy(after / before, { x: (point.x + other.x) / 2, y: (point.y + other.y) / 2 });
      } else {
        this.panBy(point.x - previous.x, point.y - previous.y);
      }
      if (Math.hypot(point.x - previous.x, point.y - previous.y) > 2) this.dragged = true;
      this.pointers.set(event.pointerId, point);
    });
    const release = (event: PointerEvent) => {
      const wasTap = this.pointers.size === 1 && !this.dragged;
      this.pointers.delete(event.pointerId);
      if (wasTap && event.type === 'pointerup') {
        const point = local(event);
        this.select(this.nodeAt(point.x, point.y));
      }
    };
    canvas.addEventListener('pointerup', release);
    canvas.addEventListener('pointercancel', release);
    canvas.addEventListener('dblclick', (event) => {
      const point = local(event as unknown as PointerEvent);
      const index = this.nodeAt(point.x, point.y);
      if (index >= 0) location.href = this.querySelector<HTMLAnchorElement>('[data-map-open]')!.href;
    });
    canvas.addEventListener('keydown', (event) => {
      const step = 60;
      const actions: Record<string, () => void> = {
        ArrowLeft: () => this.panBy(step, 0),
        ArrowRight: () => this.panBy(-step, 0),
        ArrowUp: () => this.panBy(0, step),
        ArrowDown: () => this.panBy(0, -step),
        '+': () => this.zoomBy(1.5),
        '=': () => this.zoomBy(1.5),
        '-': () => this.zoomBy(1 / 1.5),
        '0': () => ((this.touchedView = false), this.fit(), this.draw()),
        Escape: () => this.select(-1),
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    });
  }

  // ---------- Drawing ----------

  /**
   * The theme's colours as the page shows them: the key's shapes for the kinds, hidden swatches
   * in the markup for the rest. Both are styled already, so reading them computes no style.
   */
  private readColours() {
    const colours: Record<string, string> = {};
    for (const swatch of this.querySelectorAll<HTMLElement>('[data-colour]')) colours[swatch.dataset.colour!] = getComputedStyle(swatch).color;
    for (const shape of this.querySelectorAll('svg.map-key[data-kind] > path')) colours[shape.parentElement!.dataset.kind!] = getComputedStyle(shape).fill;
    this.coloursRead = true;
    this.paint({ colours });
  }

  /** Tells the painter what to show now; it draws at the next frame. */
  private draw() {
    const graph = this.graph;
    if (!graph) return;
    const focus = this.selected >= 0 ? [this.selected, ...graph.neighbours[this.selected]!] : null;
    const labelled = new Set(focus);
    if (this.hovered >= 0) labelled.add(this.hovered);
    this.paint({
      scene: {
        view: { ...this.view },
        hiddenKinds: [...this.hiddenKinds],
        selected: this.selected,
        focus,
        labels: [...labelled].map((index) => [index, this.titleOf(index)] as const),
      },
    });
  }
}

customElements.define('gesprek-map', MapElement);
