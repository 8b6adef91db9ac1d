// The feedback pages' strings and styles too: the indicator's form reuses their big answer buttons.
import '../feedback-strings';
import { i18n } from '../../../shared/i18n/i18n';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import sv from './i18n/sv.json';
import './indicator.css';

// The indicator's screens load these with their (lazy) pages: importing this module adds them.
for (const [language, strings] of Object.entries({ fi, sv, en })) {
  i18n.addResourceBundle(language, 'translation', strings, true, false);
}
