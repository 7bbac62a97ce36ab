import type { BundleInputRaw, ItemInputRaw } from '../../../shared/catalog.contract';
import { DEMO_BUNDLE_LIST } from './bundles';
import { ALL_ITEMS } from './items';

/** The demo catalog: handling items of 金华市 (3307), 金东区 (330703) and 婺城区 (330702). */
export const DEMO_ITEMS: ItemInputRaw[] = ALL_ITEMS;
/** 一件事 bundles built from DEMO_ITEMS. */
export const DEMO_BUNDLES: BundleInputRaw[] = DEMO_BUNDLE_LIST;
