/**
 * The arithmetic of the indicator charts: a value axis with round ticks, one band per semester,
 * and the baseline and yearly target lines. Pure, so the drawing component only draws.
 */

/** A step of 1, 2 or 5 times a power of ten, so ticks read as round numbers. */
function niceStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

export interface ValueScale {
  /** Bottom and top of the axis (round numbers). */
  min: number;
  max: number;
  ticks: number[];
  /** The vertical pixel of a value: `bottom` for min, `top` for max. */
  y: (value: number) => number;
}

export interface ScaleOptions {
  /** About how many intervals between ticks. */
  tickCount?: number;
  /** A ceiling the axis never passes while every value is under it (100 for a percentage). */
  cap?: number;
  /** Whole-number ticks only (a count has no half meetings). */
  integer?: boolean;
}

/**
 * A vertical scale covering every value given (nulls ignored) and zero, with round ticks, drawn
 * between `top` and `bottom` pixels. With nothing to show it spans 0–1.
 */
export function valueScale(values: readonly (number | null)[], top: number, bottom: number, options: ScaleOptions = {}): ValueScale {
  const { tickCount = 4, cap, integer = false } = options;
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let low = Math.min(0, ...known);
  let high = Math.max(0, ...known);
  if (high === low) high = low + 1;
  const step = integer ? Math.max(1, niceStep(high - low, tickCount)) : niceStep(high - low, tickCount);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  if (cap !== undefined && high > cap && known.every((v) => v <= cap)) high = cap;
  const ticks: number[] = [];
  // Rounded to the step's precision, so 0.1 + 0.2 does not print as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let tick = low; tick <= high + step / 2; tick += step) ticks.push(Number(tick.toFixed(digits)));
  const y = (value: number) => bottom - ((value - low) / (high - low)) * (bottom - top);
  return { min: low, max: high, ticks: ticks.filter((t) => t <= high), y };
}

export interface Band {
  /** Left edge, width and centre of the band, in pixels. */
  x: number;
  width: number;
  center: number;
}

/** `count` equal bands side by side between `left` and `right`. */
export function bands(count: number, left: number, right: number): Band[] {
  const width = (right - left) / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => ({ x: left + i * width, width, center: left + i * width + width / 2 }));
}

/**
 * An SVG path through the points, lifted at gaps (null values), so a missing semester shows
 * as a break rather than a line that invents a value.
 */
export function linePath(points: readonly { x: number; y: number | null }[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point.y === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${round(point.x)} ${round(point.y)} `;
    drawing = true;
  }
  return path.trim();
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface TargetStep {
  year: number;
  value: number;
  /** Horizontal extent: the two semesters of the year. */
  x1: number;
  x2: number;
}

/**
 * The yearly targets as horizontal steps over the bands of their two semesters (`semesters`
 * in the bands' order, e.g. "2025-H1" … "2027-H2"); years without a target draw nothing.
 */
export function targetSteps(targets: readonly { year: number; value: number }[], semesters: readonly string[], layout: readonly Band[]): TargetStep[] {
  return targets.flatMap((target) => {
    const indices = semesters.map((s, i) => (s.startsWith(`${target.year}-`) ? i : -1)).filter((i) => i >= 0);
    if (indices.length === 0) return [];
    const first = layout[indices[0]!]!;
    const last = layout[indices[indices.length - 1]!]!;
    return [{ year: target.year, value: target.value, x1: first.x, x2: last.x + last.width }];
  });
}
