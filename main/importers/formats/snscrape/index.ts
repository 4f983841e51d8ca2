export { snscrapeFormat } from './snscrape-format';
