export { twarc2Format } from './twarc2-format';
