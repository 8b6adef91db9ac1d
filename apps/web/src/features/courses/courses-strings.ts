import { i18n } from '../../shared/i18n/i18n';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';
import './courses.css';

// The training pages' strings load with those (lazy) pages, not with the sign-in page: importing this
// module adds them to the app's translations.
for (const [language, strings] of Object.entries({ fi, sv, en })) {
  i18n.addResourceBundle(language, 'translation', strings, true, false);
}
