export * from '../../modules/org/org.tables';
export * from '../../modules/accounts/accounts.tables';
export * from '../../modules/audit/audit.tables';
export * from '../../modules/catalog/catalog.tables';
