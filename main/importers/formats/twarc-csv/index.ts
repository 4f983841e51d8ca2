export { twarcCsvFormat } from './twarc-csv-format';
