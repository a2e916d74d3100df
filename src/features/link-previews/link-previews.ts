/**
 * Link previews on hover and keyboard focus (WCAG 1.4.13: dismissible with Escape, hoverable,
 * persistent). Loaded by the inline script on the first pointer or focus on an internal link
 * (src/features/boot/boot.ts), which leaves that link in `window.gesprekPreview` (src/features/contract.ts). Touch does not
 * preview: a tap follows the link.
 */
import { TEMPLATE } from '../contract.ts';
import { previewBucket, type Preview } from './buckets.ts';

const template = document.getElementById(TEMPLATE.linkPreviews) as HTMLTemplateElement;
const base = template.dataset.base ?? '/';
const count = Number(template.dataset.buckets ?? '1');
const files = new Map<number, Promise<Record<string, Preview>>>();

const box = document.createElement('div');
box.id = 'link-preview';
box.className = 'link-preview';
box.setAttribute('role', 'tooltip');
box.hidden = true;
document.body.append(box);

let current: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
/** Escape hides the preview until the pointer or focus moves to another link. */
let dismissed: HTMLAnchorElement | undefined;

/** The link's route without the base path, or undefined for links previews do not cover. */
function routeOf(link: HTMLAnchorElement): string | undefined {
  if (link.origin !== location.origin || link.closest('.term')) return undefined;
  if (link.pathname === location.pathname) return undefined;
  return link.pathname.startsWith(base) ? `/${link.pathname.slice(base.length)}` : undefined;
}

function previewOf(route: string): Promise<Preview | undefined> {
  const bucket = previewBucket(route, count);
  let file = files.get(bucket);
  if (!file) {
    file = fetch(`${base}voorbeelden/${bucket}.json`).then((response) => (response.ok ? response.json() : {}));
    file.catch(() => files.delete(bucket));
    files.set(bucket, file);
  }
  return file.then((previews) => previews[route]).catch(() => undefined);
}

function render(preview: Preview) {
  const line = (tag: string, className: string, text: string) => {
    const element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    return element;
  };
  box.replaceChildren(
    line('p', 'link-preview-kind', preview.meta ? `${preview.kind} · ${preview.meta}` : preview.kind),
    line('p', 'link-preview-title', preview.title),
    line('p', 'link-preview-text', preview.text),
  );
}

/** Below the link, or above it when there is no room below; never over it, always on screen. */
function place(link: HTMLAnchorElement) {
  // A link that wraps has several line boxes: align with its first, clear all of them.
  const whole = link.getBoundingClientRect();
  const first = link.getClientRects()[0] ?? whole;
  const margin = 8;
  box.style.maxWidth = `${Math.min(352, document.documentElement.clientWidth - 2 * margin)}px`;
  const { width, height } = box.getBoundingClientRect();
  const left = Math.max(margin, Math.min(first.left, document.documentElement.clientWidth - width - margin));
  const below = whole.bottom + margin + height <= innerHeight || whole.top - margin - height < 0;
  box.style.left = `${left + scrollX}px`;
  box.style.top = `${(below ? whole.bottom + margin : whole.top - margin - height) + scrollY}px`;
}

const described = () => document.querySelector(`[aria-describedby="${box.id}"]`);

async function show(link: HTMLAnchorElement) {
  clearTimeout(hideTimer);
  if (link === dismissed || (link === current && !box.hidden)) return;
  const route = routeOf(link);
  if (!route) return;
  current = link;
  const preview = await previewOf(route);
  if (current !== link || !preview) return;
  described()?.removeAttribute('aria-describedby');
  render(preview);
  box.hidden = false;
  place(link);
  link.setAttribute('aria-describedby', box.id);
}

function hide() {
  clearTimeout(hideTimer);
  box.hidden = true;
  described()?.removeAttribute('aria-describedby');
  current = undefined;
}

/** A moment's grace, so the pointer can cross the gap from the link onto the preview. */
const hideSoon = () => {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 300);
};

const previewable = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest('[data-link-previews] a[href]') as HTMLAnchorElement | null) : null;

document.addEventListener('pointerover', (event) => {
  if (event.pointerType === 'touch') return;
  if (event.target instanceof Node && box.contains(event.target)) return clearTimeout(hideTimer);
  const link = previewable(event.target);
  if (link) {
    if (link !== dismissed) dismissed = undefined;
    void show(link);
  }
});
document.addEventListener('pointerout', (event) => {
  const into = event.relatedTarget;
  if (into instanceof Node && (box.contains(into) || current?.contains(into))) return;
  if (previewable(event.target) || (event.target instanceof Node && box.contains(event.target))) {
    // Focus keeps a preview open: it goes with the focus, not the pointer.
    if (current && current === document.activeElement) return;
    hideSoon();
  }
});
document.addEventListener('focusin', (event) => {
  // A tap focuses the link too; the inline script tells a tap's focus from the keyboard's.
  if (window.gesprekPreview?.touched()) return;
  const link = previewable(event.target);
  dismissed = undefined;
  if (link) void show(link);
  else if (current) hide();
});
document.addEventListener('focusout', (event) => {
  if (event.target === current && !current.matches(':hover') && !box.matches(':hover')) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !box.hidden) {
    dismissed = current;
    hide();
  }
});
addEventListener('resize', () => current && !box.hidden && place(current));

// The interaction that loaded this module.
const first = window.gesprekPreview;
if (first && (first.source === 'pointer' ? first.link.matches(':hover') : document.activeElement === first.link)) void show(first.link);
