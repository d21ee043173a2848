/**
 * The customer's sentiment turn by turn (-1 hostile .. 1 delighted) as a small line chart, with
 * the turns where the AI handed over marked, so the way into the handoff is visible at a glance.
 */
const WIDTH = 320;
const HEIGHT = 96;
const PAD = 10;

export function SentimentChart({ trajectory, escalatedAtTurns }: { trajectory: number[]; escalatedAtTurns: number[] }) {
  if (trajectory.length === 0) return <p className="text-sm text-slate-500">No customer turns scored yet.</p>;
  const x = (i: number) => (trajectory.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (trajectory.length - 1));
  const y = (score: number) => PAD + ((1 - score) / 2) * (HEIGHT - 2 * PAD);
  const points = trajectory.map((s, i) => `${x(i).toFixed(1)},${y(s).toFixed(1)}`).join(" ");
  const described = trajectory.map((s) => s.toFixed(2)).join(", ");
  return (
    <figure data-testid="sentiment-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-24 w-full max-w-sm" role="img" aria-label={`Sentiment by customer turn, -1 to 1: ${described}`}>
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} className="stroke-slate-200" strokeDasharray="4 3" />
        <polyline points={points} fill="none" className="stroke-brand-600" strokeWidth={2} />
        {trajectory.map((s, i) => (
          <circle key={i} cx={x(i)} cy={y(s)} r={3} className={s < 0 ? "fill-red-500" : "fill-brand-600"}>
            <title>{`Turn ${i + 1}: ${s.toFixed(2)}`}</title>
          </circle>
        ))}
        {escalatedAtTurns.filter((t) => t >= 0 && t < trajectory.length).map((t) => (
          <g key={`escalation-${t}`} data-testid="escalation-point">
            <line x1={x(t)} x2={x(t)} y1={PAD / 2} y2={HEIGHT - PAD / 2} className="stroke-amber-500" strokeWidth={1.5} />
            <text x={x(t) + 4} y={PAD + 2} className="fill-amber-700 text-[9px]">handoff</text>
          </g>
        ))}
      </svg>
      <figcaption className="text-xs text-slate-500">Sentiment per customer turn (−1 to 1): {described}</figcaption>
    </figure>
  );
}
