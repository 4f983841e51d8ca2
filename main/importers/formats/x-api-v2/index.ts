export { xApiV2Format } from './x-api-v2-format';
