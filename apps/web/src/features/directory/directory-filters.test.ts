import { describe, expect, it } from 'vitest';
import { filtersFromParams, paramsFromFilters, toggle } from './directory-filters';

describe('directory filters in the URL', () => {
  it('round-trips every filter so a filtered view can be shared', () => {
    const filters = {
      search: 'ile saint denis',
      themes: ['mobilite', 'incubateur'],
      departments: ['93', '2A'],
      regions: ['Île-de-France'],
      compagnonOnly: true,
      eligibleOnly: false,
    };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe(
      'q=ile+saint+denis&theme=mobilite&theme=incubateur&dep=93&dep=2A&region=%C3%8Ele-de-France&compagnon=1',
    );
    expect(filtersFromParams(new URLSearchParams(params.toString()))).toEqual(filters);
  });

  it('drops unknown départements and regions from a hand-edited link', () => {
    const filters = filtersFromParams(new URLSearchParams('dep=00&dep=40&region=Atlantide'));
    expect(filters.departments).toEqual(['40']);
    expect(filters.regions).toEqual([]);
  });

  it('toggles a value in a list', () => {
    expect(toggle(['40'], '64')).toEqual(['40', '64']);
    expect(toggle(['40', '64'], '40')).toEqual(['64']);
  });
});
