/**
 * Approximate centres (latitude, longitude) of Cambodia's 25 provinces by NCDD code, for placing
 * each province's centres on a schematic map. The gazetteer has names and codes but no
 * coordinates, and a dot per province needs nothing finer, so these are rounded to 0.05°.
 */
export const provinceCentroids: Record<string, readonly [number, number]> = {
  '01': [13.75, 103.0], '02': [13.0, 103.0], '03': [12.0, 105.45], '04': [12.15, 104.5], '05': [11.6, 104.3],
  '06': [12.8, 105.0], '07': [10.8, 104.3], '08': [11.3, 105.0], '09': [11.45, 103.35], '10': [12.7, 106.1],
  '11': [12.45, 107.2], '12': [11.55, 104.9], '13': [13.8, 105.0], '14': [11.4, 105.45], '15': [12.3, 103.7],
  '16': [13.75, 107.0], '17': [13.5, 103.9], '18': [10.7, 103.6], '19': [13.6, 106.05], '20': [11.1, 105.8],
  '21': [10.95, 104.8], '22': [14.2, 103.6], '23': [10.5, 104.3], '24': [12.85, 102.6], '25': [11.9, 105.65],
};

/** The map's frame: a little beyond the country's extent. */
export const mapBounds = { south: 10.2, north: 14.75, west: 102.3, east: 107.75 } as const;
