// Disclosures per recipient per month as an inline SVG line chart, built from preact elements.
// The busiest recipients get a line each and the rest share one; a table gives the same figures
// to screen readers.
import type { JSX } from 'preact';
import type { DisclosureChart } from '../../src/disclosure/query';
import { ht } from './i18n';

const WIDTH = 640;
const HEIGHT = 200;
const PADDING = { top: 12, right: 12, bottom: 28, left: 40 };
/** Recipients drawn with their own line; the others are summed into one. */
const MAX_LINES = 5;
// Colours that stay apart for common colour-vision deficiencies (Okabe and Ito's palette).
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

interface Series {
  name: string;
  counts: number[];
}

function topSeries(chart: DisclosureChart): Series[] {
  const ranked = [...chart.series].sort((a, b) => sum(b.counts) - sum(a.counts));
  const lines: Series[] = ranked.slice(0, MAX_LINES).map((series) => ({ name: series.origin, counts: series.counts }));
  const rest = ranked.slice(MAX_LINES);
  if (rest.length > 0) {
    lines.push({ name: ht('history_chartOthers', rest.length), counts: chart.months.map((_, index) => sum(rest.map((series) => series.counts[index] ?? 0))) });
  }
  return lines;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

export function DisclosureChartView({ chart }: { chart: DisclosureChart }): JSX.Element | null {
  if (chart.months.length === 0) return null;
  const series = topSeries(chart);
  const max = Math.max(1, ...series.flatMap((line) => line.counts));
  const plotWidth = WIDTH - PADDING.left - PADDING.right;
  const plotHeight = HEIGHT - PADDING.top - PADDING.bottom;
  const x = (index: number) => PADDING.left + (chart.months.length === 1 ? plotWidth / 2 : (index / (chart.months.length - 1)) * plotWidth);
  const y = (count: number) => PADDING.top + plotHeight - (count / max) * plotHeight;
  const labelEvery = Math.ceil(chart.months.length / 6);

  return (
    <figure class="history-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="history-chart-title">
        <title id="history-chart-title">{ht('history_chartTitle')}</title>
        <line x1={PADDING.left} y1={y(0)} x2={WIDTH - PADDING.right} y2={y(0)} stroke="currentColor" stroke-opacity={0.5} />
        <text x={PADDING.left - 6} y={y(max) + 4} text-anchor="end" font-size="11" fill="currentColor">{max}</text>
        <text x={PADDING.left - 6} y={y(0) + 4} text-anchor="end" font-size="11" fill="currentColor">0</text>
        {chart.months.map((month, index) =>
          index % labelEvery === 0 ? (
            <text key={month} x={x(index)} y={HEIGHT - 8} text-anchor="middle" font-size="11" fill="currentColor">{month}</text>
          ) : null,
        )}
        {series.map((line, index) => (
          <polyline
            key={line.name}
            fill="none"
            stroke={COLOURS[index % COLOURS.length]}
            stroke-width={2}
            points={line.counts.map((count, column) => `${x(column).toFixed(1)},${y(count).toFixed(1)}`).join(' ')}
          />
        ))}
      </svg>
      <figcaption>
        <ul class="history-chart-legend">
          {series.map((line, index) => (
            <li key={line.name}>
              <svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" fill={COLOURS[index % COLOURS.length]} /></svg> {line.name} ({sum(line.counts)})
            </li>
          ))}
        </ul>
      </figcaption>
      <table class="visually-hidden">
        <caption>{ht('history_chartTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{ht('history_recipient')}</th>
            {chart.months.map((month) => <th key={month} scope="col">{month}</th>)}
          </tr>
        </thead>
        <tbody>
          {series.map((line) => (
            <tr key={line.name}>
              <th scope="row">{line.name}</th>
              {line.counts.map((count, column) => <td key={column}>{count}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
