// Writes the benchmark results as BENCHMARKS.md and, on request, as JSON.
import fs from 'node:fs';

const MIB = 1024 * 1024;

function formatValue(value, unit) {
  if (value === null || value === undefined) return '–';
  if (unit === 'bytes') return value >= MIB ? `${(value / MIB).toFixed(1)} MiB` : `${(value / 1024).toFixed(1)} KiB`;
  if (value >= 100) return `${Math.round(value).toLocaleString('en')} ms`;
  return value < 1 ? `${value.toFixed(2)} ms` : `${value.toFixed(1)} ms`;
}

function budgetText(figure) {
  const parts = [];
  if (figure.budget.max !== null) parts.push(`≤ ${formatValue(figure.budget.max, figure.unit)}`);
  if (figure.budget.maxRatio !== null) parts.push(`≤ ${figure.budget.maxRatio}× raw`);
  return parts.join(', ') || '–';
}

function spreadText(figure) {
  const { summary, unit } = figure;
  if (!summary) return '–';
  if (summary.runs === 1) return '1 reading';
  return `${formatValue(summary.min, unit)} – ${formatValue(summary.max, unit)} (IQR ${formatValue(summary.q1, unit)} – ${formatValue(summary.q3, unit)})`;
}

function rawText(figure) {
  if (!figure.baseline?.summary) return '–';
  // Two decimals of a large ratio over a raw median of hundredths of a millisecond would only be noise.
  const digits = figure.ratio !== null && figure.ratio >= 10 ? 0 : 2;
  const ratio = figure.ratio === null ? 'no ratio: the raw median is 0' : `${figure.ratio.toFixed(digits)}×`;
  return `${formatValue(figure.baseline.summary.median, figure.unit)} (${ratio})`;
}

function resultsTable(figures) {
  const lines = [
    '| Figure | Median | Min – max (IQR) | Runs | Raw platform (ratio) | Budget | Verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const figure of figures) {
    lines.push(
      `| ${figure.title} | ${formatValue(figure.summary?.median, figure.unit)} | ${spreadText(figure)} | ${figure.summary?.runs ?? 0} | ${rawText(figure)} | ${budgetText(figure)} | ${figure.verdict} |`,
    );
  }
  return lines.join('\n');
}

function notesList(figures) {
  return figures
    .filter((figure) => figure.note || figure.baseline)
    .map((figure) => {
      const baseline = figure.baseline ? ` Raw platform: ${figure.baseline.label}.` : '';
      return `- **${figure.title}** (\`${figure.id}\`): ${figure.note ?? ''}${baseline}`;
    })
    .join('\n');
}

/** Returns BENCHMARKS.md as text. `method` and `findings` are paragraphs written by the caller. */
export function renderMarkdown({ machine, startedAt, seconds, settings, figures, method, findings }) {
  const failing = figures.filter((figure) => figure.verdict === 'fails');
  const unmeasured = figures.filter((figure) => figure.verdict === 'not measured');
  return `# Benchmarks

Written by \`npm run bench\` on ${startedAt} (${Math.round(seconds)} s in all). Every figure is the
median of the runs its Runs column gives (${settings.runs} by default, fewer for the slow log figures),
after one warm-up run unless its note says otherwise. The spread is the minimum to maximum and the
interquartile range. \`npm run bench -- --json FILE\` writes the
same figures with every sample as JSON. A load average above the core count means other work
shared the CPU during the run, which inflates the figures and widens their spread.

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} |
| Cores | ${machine.cores} |
| Memory | ${machine.memoryGiB} GiB |
| Load average (1, 5, 15 min) at start | ${machine.loadAverage.join(', ')} |
| Load average at end | ${machine.loadAverageEnd?.join(', ') ?? '–'} |
| OS | ${machine.os} |
| Node.js | ${machine.node} |
| Chromium | ${machine.chromium} (headless) |

## Results

${resultsTable(figures)}

${failing.length === 0 ? 'Every measured budget holds.' : `${failing.length} of ${figures.length} figures miss their budget; see Findings.`}
${unmeasured.length === 0 ? '' : `${unmeasured.length} ${unmeasured.length === 1 ? 'figure' : 'figures'} could not be measured in this run; the notes say why.`}

## Findings

${findings}

## Method

${method}

## Notes per figure

${notesList(figures)}
`;
}

/** Writes the JSON record: machine, settings and every figure with samples, budget and verdict. */
export function writeJson(file, record) {
  fs.writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}
