export * from '../../modules/org/org.tables';
export * from '../../modules/accounts/accounts.tables';
export * from '../../modules/audit/audit.tables';
export * from '../../modules/catalog/catalog.tables';
export * from '../../modules/calendar/calendar.tables';
export * from '../../modules/files/files.tables';
export * from '../../modules/jobs/jobs.tables';
