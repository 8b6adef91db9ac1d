// The feedback pages' strings and styles too: the screening page reuses their select.
import '../feedback-strings';
import { i18n } from '../../../shared/i18n/i18n';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';
import './screening.css';

// The screening page loads these with its (lazy) page: importing this module adds them.
for (const [language, strings] of Object.entries({ fi, sv, en })) {
  i18n.addResourceBundle(language, 'translation', strings, true, false);
}
