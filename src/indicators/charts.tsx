// Charts drawn on the server as SVG: no script, a viewBox so they shrink to a phone's width, dark
// colours that keep at least 3:1 contrast on white (and in greyscale print), and series told apart
// by dash pattern and marker shape as well as colour. Each chart is named by its title and
// description; the page puts the same figures in a table right after it.
import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { ComponentChildren } from 'preact';

const WIDTH = 480;
const HEIGHT = 270;
const MARGIN = { top: 16, right: 12, bottom: 48, left: 68 };
const FONT = 18;
const TEXT = '#1d1d1b';
const AXIS = '#595959';
const GRID = '#d4d4d4';
/** Blue, orange and green dark enough for 3:1 against white; dashes keep them apart without colour. */
const SERIES_STYLE = [
  { colour: '#1f5f99', dash: undefined, marker: 'circle' },
  { colour: '#a64b00', dash: '8 4', marker: 'square' },
  { colour: '#2e6b30', dash: '2 4', marker: 'triangle' },
] as const;

export interface Series {
  name: string;
  values: (number | null)[];
}

interface ChartProps {
  id: string;
  title: string;
  description: string;
  /** One label per value, shown on the axis (thinned out so they do not overlap on a phone). */
  labels: string[];
  format: (value: number) => string;
}

function Frame({
  id,
  title,
  description,
  children,
  height = HEIGHT,
}: {
  id: string;
  title: string;
  description: string;
  children: ComponentChildren;
  height?: number;
}) {
  return (
    <svg
      id={id}
      class="chart"
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH * 1.15}
      height={height * 1.15}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      font-family="inherit"
      font-size={FONT}
      fill={TEXT}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

function valueAxis(max: number) {
  const y = scaleLinear()
    .domain([0, Math.max(max, 1)])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return { y, ticks: y.ticks(4) };
}

function Grid({ ticks, y, format }: { ticks: number[]; y: (v: number) => number; format: (v: number) => string }) {
  return (
    <g>
      {ticks.map((tick) => (
        <g>
          <line
            x1={MARGIN.left}
            x2={WIDTH - MARGIN.right}
            y1={y(tick)}
            y2={y(tick)}
            stroke={tick === 0 ? AXIS : GRID}
            stroke-width={1}
          />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.35em" text-anchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

function MonthAxis({ labels, x }: { labels: string[]; x: (index: number) => number }) {
  const step = Math.ceil(labels.length / 5);
  return (
    <g>
      {labels.map((label, index) =>
        index % step === 0 ? (
          <text x={x(index)} y={HEIGHT - MARGIN.bottom + FONT + 6} text-anchor="middle">
            {label}
          </text>
        ) : null,
      )}
    </g>
  );
}

export function BarChart(props: ChartProps & { values: number[] }) {
  const { y, ticks } = valueAxis(Math.max(0, ...props.values));
  const x = scaleBand<number>()
    .domain(props.values.map((_v, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const middle = (index: number) => (x(index) ?? 0) + x.bandwidth() / 2;
  return (
    <Frame {...props}>
      <Grid ticks={ticks} y={y} format={props.format} />
      {props.values.map((value, index) => (
        <rect x={x(index)} y={y(value)} width={x.bandwidth()} height={y(0) - y(value)} fill={SERIES_STYLE[0].colour} />
      ))}
      <MonthAxis labels={props.labels} x={middle} />
    </Frame>
  );
}

function Marker({ kind, cx, cy, colour }: { kind: string; cx: number; cy: number; colour: string }) {
  if (kind === 'square') return <rect x={cx - 4} y={cy - 4} width={8} height={8} fill={colour} />;
  if (kind === 'triangle')
    return <path d={`M${cx},${cy - 5}L${cx + 5},${cy + 4}L${cx - 5},${cy + 4}Z`} fill={colour} />;
  return <circle cx={cx} cy={cy} r={4} fill={colour} />;
}

function Legend({ series }: { series: Series[] }) {
  return (
    <g>
      {series.map((s, index) => {
        const style = SERIES_STYLE[index % SERIES_STYLE.length] ?? SERIES_STYLE[0];
        const top = HEIGHT + 8 + index * (FONT + 8);
        return (
          <g>
            <line
              x1={MARGIN.left}
              x2={MARGIN.left + 32}
              y1={top}
              y2={top}
              stroke={style.colour}
              stroke-width={3}
              stroke-dasharray={style.dash}
            />
            <Marker kind={style.marker} cx={MARGIN.left + 16} cy={top} colour={style.colour} />
            <text x={MARGIN.left + 42} y={top} dy="0.35em">
              {s.name}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** One or more series over the months; a month without a value (nothing to divide by) leaves a gap. */
export function LineChart(props: ChartProps & { series: Series[]; max?: number }) {
  const largest = Math.max(0, ...props.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const { y, ticks } = valueAxis(props.max ?? largest);
  const count = props.labels.length;
  const inner = WIDTH - MARGIN.left - MARGIN.right;
  const x = (index: number) => MARGIN.left + (count === 1 ? inner / 2 : (inner * (index + 0.5)) / count);
  const legendHeight = props.series.length > 1 ? props.series.length * (FONT + 8) + 8 : 0;
  return (
    <Frame {...props} height={HEIGHT + legendHeight}>
      <Grid ticks={ticks} y={y} format={props.format} />
      {props.series.map((s, index) => {
        const style = SERIES_STYLE[index % SERIES_STYLE.length] ?? SERIES_STYLE[0];
        const path =
          line<number | null>()
            .defined((v) => v !== null)
            .x((_v, i) => x(i))
            .y((v) => y(v ?? 0))(s.values) ?? '';
        return (
          <g>
            <path d={path} fill="none" stroke={style.colour} stroke-width={3} stroke-dasharray={style.dash} />
            {s.values.map((v, i) =>
              v === null ? null : <Marker kind={style.marker} cx={x(i)} cy={y(v)} colour={style.colour} />,
            )}
          </g>
        );
      })}
      <MonthAxis labels={props.labels} x={x} />
      {legendHeight > 0 && <Legend series={props.series} />}
    </Frame>
  );
}

/** Categories down the page, each label above its bar, so long labels never crowd a phone's width. */
export function HorizontalBarChart(props: Omit<ChartProps, 'labels'> & { categories: string[]; values: number[] }) {
  const left = 4;
  const bar = 24;
  const row = FONT + 6 + bar + 14;
  const height = MARGIN.top + props.values.length * row;
  const x = scaleLinear()
    .domain([0, Math.max(1, ...props.values)])
    .range([left, WIDTH - MARGIN.right - 60]);
  return (
    <Frame {...props} height={height}>
      {props.values.map((value, index) => {
        const top = MARGIN.top + index * row;
        return (
          <g>
            <text x={left} y={top + FONT - 2}>
              {props.categories[index]}
            </text>
            <rect
              x={left}
              y={top + FONT + 6}
              width={Math.max(1, x(value) - left)}
              height={bar}
              fill={SERIES_STYLE[0].colour}
            />
            <text x={x(value) + 8} y={top + FONT + 6 + bar / 2} dy="0.35em">
              {props.format(value)}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}
