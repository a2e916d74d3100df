/**
 * Draws the map's picture: links, nodes by kind and the labels asked for. It runs in a worker
 * on an OffscreenCanvas (painter-worker.ts), so handing a finished frame to the compositor, which
 * for a page-sized canvas takes tens of milliseconds on a slow phone, never blocks the reader's
 * main thread. Where a browser cannot transfer a canvas, the element runs it on the main thread.
 * It keeps only what drawing needs; what the reader does is decided in map-element.ts.
 */
import { NODE_SHAPES } from '../../lib/graph-layout.ts';
import type { NodeKind } from '../../lib/knowledge-graph.ts';

export interface PaintGraph {
  kinds: readonly NodeKind[];
  /** Per node, its index into `kinds`. */
  nodeKinds: Uint8Array;
  /** Flat pairs of node indexes. */
  links: Uint32Array;
  /** Flat x, y per node, in layout units. */
  positions: Float32Array;
}

/** What the reader currently sees: the view and what is hidden, selected and labelled. */
export interface PaintScene {
  view: { x: number; y: number; k: number };
  hiddenKinds: readonly NodeKind[];
  selected: number;
  /** The selected node and its neighbours, when one is selected. */
  focus: readonly number[] | null;
  /** Node index and title of each node to label. */
  labels: readonly (readonly [number, string])[];
}

/** Any part of the painter's input; each message carries what changed. */
export interface PaintUpdate {
  /** The canvas's size in CSS pixels and the device pixel ratio. */
  size?: { width: number; height: number; ratio: number };
  colours?: Record<string, string>;
  graph?: PaintGraph;
  scene?: PaintScene;
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export class MapPainter {
  private readonly context: Context;
  private readonly shapes = new Map<NodeKind, Path2D>();
  /** Unknown until the element has measured the canvas: a transferred canvas starts at 300 × 150. */
  private size?: { width: number; height: number; ratio: number };
  private colours: Record<string, string> = {};
  private graph?: PaintGraph;
  private scene: PaintScene = { view: { x: 0, y: 0, k: 1 }, hiddenKinds: [], selected: -1, focus: null, labels: [] };
  private pending = false;
  private painted = false;

  /** `onFirstPicture` runs once, after the first frame that shows the graph. */
  constructor(
    private readonly canvas: HTMLCanvasElement | OffscreenCanvas,
    private readonly onFirstPicture: () => void,
  ) {
    this.context = canvas.getContext('2d') as Context;
    for (const [kind, d] of Object.entries(NODE_SHAPES)) this.shapes.set(kind as NodeKind, new Path2D(d));
  }

  /** Takes what changed and draws once at the next frame, however many updates come before it. */
  update(change: PaintUpdate) {
    if (change.size) {
      this.size = change.size;
      // Setting a canvas's size clears it, so only when it changes.
      const width = Math.round(change.size.width * change.size.ratio);
      const height = Math.round(change.size.height * change.size.ratio);
      if (this.canvas.width !== width || this.canvas.height !== height) [this.canvas.width, this.canvas.height] = [width, height];
    }
    if (change.colours) this.colours = change.colours;
    if (change.graph) this.graph = change.graph;
    if (change.scene) this.scene = change.scene;
    // Nothing to show before the graph and the measured size (which comes with the colours): a
    // frame drawn without them would cost as much as the right one and be replaced at once.
    if (this.pending || !this.graph || !this.size || this.canvas.width === 0) return;
    this.pending = true;
    // Workers have requestAnimationFrame for their OffscreenCanvas in current browsers; a timer where not.
    (globalThis.requestAnimationFrame ?? ((callback: () => void) => setTimeout(callback, 16)))(() => {
      this.pending = false;
      this.paint();
      if (!this.painted) this.onFirstPicture();
      this.painted = true;
    });
  }

  private paint() {
    const graph = this.graph!;
    const context = this.context;
    const { ratio } = this.size!;
    const { view, selected, focus, labels } = this.scene;
    const hidden = new Set(this.scene.hiddenKinds.map((kind) => graph.kinds.indexOf(kind)));
    const visible = (index: number) => !hidden.has(graph.nodeKinds[index]!);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    const { x: tx, y: ty, k } = view;
    context.setTransform(ratio * k, 0, 0, ratio * k, ratio * tx, ratio * ty);
    const p = graph.positions;

    context.lineWidth = 0.8 / k;
    context.strokeStyle = focus ? this.colours.faint! : this.colours.edge!;
    context.beginPath();
    for (let i = 0; i < graph.links.length; i += 2) {
      const a = graph.links[i]!;
      const b = graph.links[i + 1]!;
      if (!visible(a) || !visible(b)) continue;
      context.moveTo(p[a * 2]!, p[a * 2 + 1]!);
      context.lineTo(p[b * 2]!, p[b * 2 + 1]!);
    }
    context.stroke();
    if (focus) {
      context.lineWidth = 2 / k;
      context.strokeStyle = this.colours.accent!;
      context.beginPath();
      for (const other of focus) {
        if (other === selected || !visible(other)) continue;
        context.moveTo(p[selected * 2]!, p[selected * 2 + 1]!);
        context.lineTo(p[other * 2]!, p[other * 2 + 1]!);
      }
      context.stroke();
    }

    // Nodes are drawn in screen space, a size that grows a little as one zooms in. One path per
    // kind (and per dimmed or not) and one fill each: thousands of fills would cost a frame.
    const size = Math.min(0.9, Math.max(0.35, 0.55 * Math.sqrt(k)));
    const inFocus = focus ? new Set(focus) : undefined;
    const batches = new Map<string, { kind: NodeKind; dim: boolean; path: Path2D }>();
    const place = new DOMMatrix();
    for (let i = 0; i < graph.nodeKinds.length; i++) {
      if (!visible(i)) continue;
      const kind = graph.kinds[graph.nodeKinds[i]!]!;
      const dim = inFocus !== undefined && !inFocus.has(i);
      const key = `${kind}${dim ? ' dim' : ''}`;
      let batch = batches.get(key);
      if (!batch) batches.set(key, (batch = { kind, dim, path: new Path2D() }));
      place.a = place.d = ratio * size * (i === selected ? 1.8 : 1);
      place.e = ratio * (p[i * 2]! * k + tx);
      place.f = ratio * (p[i * 2 + 1]! * k + ty);
      batch.path.addPath(this.shapes.get(kind)!, place);
    }
    context.setTransform(1, 0, 0, 1, 0, 0);
    for (const { kind, dim, path } of batches.values()) {
      context.globalAlpha = dim ? 0.35 : 1;
      context.fillStyle = this.colours[kind]!;
      context.fill(path);
    }
    context.globalAlpha = 1;

    // Labels, on screen coordinates, with a halo in the background colour.
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.font = '600 13px system-ui, sans-serif';
    context.lineJoin = 'round';
    for (const [i, title] of labels) {
      if (!visible(i)) continue;
      const x = p[i * 2]! * k + tx + 10;
      const y = p[i * 2 + 1]! * k + ty + 4;
      context.lineWidth = 4;
      context.strokeStyle = this.colours.bg!;
      context.strokeText(title, x, y);
      context.fillStyle = this.colours.text!;
      context.fillText(title, x, y);
    }
  }
}
