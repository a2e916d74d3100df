/**
 * The map's painter on its own thread: the first message brings the canvas, every message what
 * changed (map-painter.ts). After the first frame that shows the graph it says so, and the
 * element marks the map ready.
 */
import { MapPainter, type PaintUpdate } from './map-painter.ts';

let painter: MapPainter | undefined;

addEventListener('message', ({ data }: MessageEvent<PaintUpdate & { canvas?: OffscreenCanvas }>) => {
  if (data.canvas) painter = new MapPainter(data.canvas, () => postMessage('painted'));
  painter?.update(data);
});
