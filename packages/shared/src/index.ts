export * from './limits.js';
export * from './enums.js';
export * from './schemas.js';
export { resources as i18nResources, type Messages } from './i18n/index.js';
export * from './pairs.js';
export * from './departments.js';
export * from './agenda.js';
export * from './notifications.js';
