import type { TPlace } from '@homeward/core';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/useFormat';
import { mapBounds, provinceCentroids } from './province-centroids';

const W = 320;
const H = Math.round((W * (mapBounds.north - mapBounds.south)) / (mapBounds.east - mapBounds.west));
const x = (lon: number) => ((lon - mapBounds.west) / (mapBounds.east - mapBounds.west)) * W;
const y = (lat: number) => ((mapBounds.north - lat) / (mapBounds.north - mapBounds.south)) * H;

/**
 * Centres by province as a scatter of circles at the provinces' centres, sized by count: no map
 * tiles, so it works offline. Each circle names its province and count for screen readers too.
 */
export function ProvinceMap({ perProvince, provinces }: { perProvince: Array<{ provinceCode: string; centres: number }>; provinces: readonly TPlace[] }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const located = perProvince.filter((p) => provinceCentroids[p.provinceCode]);
  if (located.length === 0) return <Text c="dimmed" size="sm">{t('centres.dashboard.noMap')}</Text>;
  const max = Math.max(...located.map((p) => p.centres));
  const nameOf = (code: string) => {
    const p = provinces.find((pl) => pl.code === code);
    return p ? (i18n.language === 'km' ? p.nameKm : p.nameLatin) : code;
  };
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: 480, display: 'block' }} role="img" aria-label={t('centres.dashboard.mapLabel')} data-testid="centres-map">
      <rect x={0} y={0} width={W} height={H} rx={8} fill="var(--mantine-color-gray-0)" stroke="var(--mantine-color-gray-3)" />
      {Object.entries(provinceCentroids).map(([code, [lat, lon]]) => (
        <circle key={`dot-${code}`} cx={x(lon)} cy={y(lat)} r={2} fill="var(--mantine-color-gray-5)" />
      ))}
      {located.map((p) => {
        const [lat, lon] = provinceCentroids[p.provinceCode]!;
        const r = 5 + 13 * Math.sqrt(p.centres / max);
        const label = `${nameOf(p.provinceCode)}: ${t('centres.dashboard.centres', { count: p.centres })}`;
        return (
          <g key={p.provinceCode}>
            <title>{label}</title>
            <circle cx={x(lon)} cy={y(lat)} r={r} fill="var(--mantine-color-indigo-5)" fillOpacity={0.55} stroke="var(--mantine-color-indigo-8)" />
            <text x={x(lon)} y={y(lat) + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--mantine-color-indigo-9)">{fmt.number(p.centres)}</text>
            <text x={x(lon)} y={y(lat) + r + 11} textAnchor="middle" fontSize={9} fill="var(--mantine-color-gray-7)">{nameOf(p.provinceCode)}</text>
          </g>
        );
      })}
    </svg>
  );
}
