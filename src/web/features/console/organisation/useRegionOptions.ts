import { useCallback, useMemo } from 'react';
import { apiRequest } from '../../../app/api';
import { useMe } from '../../../app/auth';
import { useApiData } from '../../../app/useApiData';
import { regionListSchema, withQuery } from '../contracts';

export interface RegionOption {
  value: string;
  label: string;
}

/**
 * Regions to filter by: the user's own region and the ones directly under it; for the platform
 * admin (no region) every province, city and county, which is what GET /regions gives without parent.
 */
export function useRegionOptions(): { options: RegionOption[]; loading: boolean } {
  const me = useMe();
  const own = me.regionCode;
  const load = useCallback(
    (signal: AbortSignal) =>
      apiRequest('GET', withQuery('/api/v1/regions', { parent: own }), regionListSchema, { signal }),
    [own],
  );
  const regions = useApiData(load);
  const options = useMemo(() => {
    const list = (regions.data ?? []).map((r) => ({
      value: r.code,
      // Without a home region the list spans provinces, where names repeat (市辖区): add the code.
      label: own ? r.name : `${r.name} ${r.code}`,
    }));
    return own ? [{ value: own, label: me.regionName ?? own }, ...list] : list;
  }, [regions.data, own, me.regionName]);
  return { options, loading: regions.loading };
}
