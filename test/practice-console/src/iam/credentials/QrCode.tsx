/**
 * A QR-looking picture drawn from the seed, locally: the practice console makes no network calls
 * and needs no scannable code (any two 6-digit codes are accepted).
 */
export function QrCode({ seed }: { seed: string }) {
  const size = 25;
  const cells: { x: number; y: number }[] = [];
  let hash = 2166136261;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      hash = Math.imul(hash ^ seed.charCodeAt((x + y * size) % seed.length), 16777619) >>> 0;
      const inFinder = (x < 8 && y < 8) || (x >= size - 8 && y < 8) || (x < 8 && y >= size - 8);
      if (!inFinder && hash % 2 === 0) cells.push({ x, y });
    }
  }
  const finder = (x: number, y: number) => (
    <g key={`${x}-${y}`}>
      <rect x={x} y={y} width={7} height={7} fill="#000" />
      <rect x={x + 1} y={y + 1} width={5} height={5} fill="#fff" />
      <rect x={x + 2} y={y + 2} width={3} height={3} fill="#000" />
    </g>
  );
  return (
    <svg role="img" aria-label="QR code" viewBox={`-2 -2 ${size + 4} ${size + 4}`} width={200} height={200} style={{ background: '#fff' }}>
      {cells.map(({ x, y }) => (
        <rect key={`${x},${y}`} x={x} y={y} width={1} height={1} fill="#000" />
      ))}
      {finder(0, 0)}
      {finder(size - 7, 0)}
      {finder(0, size - 7)}
    </svg>
  );
}
