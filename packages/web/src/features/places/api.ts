import { ZPlace, ZPlaceWithPath, type TPlaceLevel } from '@homeward/core';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../lib/api';

/** The gazetteer does not change while the app runs: keep what was loaded. */
const FOREVER = Number.POSITIVE_INFINITY;

export const placeChildrenQuery = (parent: string | null) =>
  queryOptions({
    queryKey: ['places', 'children', parent ?? 'root'],
    queryFn: () => api.get('/places', z.array(ZPlace), parent ? { parent } : undefined),
    staleTime: FOREVER,
    gcTime: 30 * 60_000,
  });

export const placeSearchQuery = (q: string, level?: TPlaceLevel, within?: string) =>
  queryOptions({
    queryKey: ['places', 'search', q, level ?? '', within ?? ''],
    queryFn: ({ signal }) => api.get('/places/search', z.array(ZPlaceWithPath), { q, level, within, limit: 20 }, signal),
    staleTime: FOREVER,
    enabled: q.trim().length > 0,
  });

export const placeQuery = (code: string) =>
  queryOptions({ queryKey: ['places', 'one', code], queryFn: () => api.get(`/places/${code}`, ZPlaceWithPath), staleTime: FOREVER });
