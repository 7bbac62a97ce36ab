import type { ItemInputRaw } from '../../../shared/catalog.contract';
import { CIVIL_AFFAIRS_ITEMS } from './items.civil_affairs';
import { CULTURE_TOURISM_ITEMS } from './items.culture_tourism';
import { ECOLOGY_ITEMS } from './items.ecology';
import { EDUCATION_ITEMS } from './items.education';
import { EMERGENCY_ITEMS } from './items.emergency';
import { GAS_ITEMS } from './items.gas';
import { HEALTH_ITEMS } from './items.health';
import { HOUSING_ITEMS } from './items.housing';
import { HRSS_ITEMS } from './items.hrss';
import { MARKET_ITEMS } from './items.market';
import { MEDICAL_INSURANCE_ITEMS } from './items.medical_insurance';
import { NATURAL_RESOURCES_ITEMS } from './items.natural_resources';
import { POLICE_ITEMS } from './items.police';
import { POWER_ITEMS } from './items.power';
import { TAX_ITEMS } from './items.tax';
import { TRANSPORT_ITEMS } from './items.transport';
import { URBAN_MANAGEMENT_ITEMS } from './items.urban_management';
import { WATER_ITEMS } from './items.water';

/** Every department's items, in department order. */
export const ALL_ITEMS: ItemInputRaw[] = [
  ...MARKET_ITEMS,
  ...HEALTH_ITEMS,
  ...POLICE_ITEMS,
  ...HRSS_ITEMS,
  ...MEDICAL_INSURANCE_ITEMS,
  ...HOUSING_ITEMS,
  ...NATURAL_RESOURCES_ITEMS,
  ...TRANSPORT_ITEMS,
  ...TAX_ITEMS,
  ...CIVIL_AFFAIRS_ITEMS,
  ...EDUCATION_ITEMS,
  ...CULTURE_TOURISM_ITEMS,
  ...ECOLOGY_ITEMS,
  ...EMERGENCY_ITEMS,
  ...URBAN_MANAGEMENT_ITEMS,
  ...WATER_ITEMS,
  ...POWER_ITEMS,
  ...GAS_ITEMS,
];
