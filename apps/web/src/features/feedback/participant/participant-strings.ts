// The feedback pages' strings and styles too: the participant's form reuses their answer buttons.
import '../feedback-strings';
import { i18n } from '../../../shared/i18n/i18n';
import en from './i18n/en.json';
import fi from './i18n/fi.json';
import selko from './i18n/selko.json';
import sv from './i18n/sv.json';
import { SELKO_NAMESPACE } from './participant-feedback.rules';
import './participant.css';

// The participants' form and the QR sheet load these with their (lazy) pages: importing this module adds them.
for (const [language, strings] of Object.entries({ fi, sv, en })) {
  i18n.addResourceBundle(language, 'translation', strings, true, false);
}
// Plain Finnish (selkosuomi) is Finnish with its own wording of some strings, looked up before the usual one.
i18n.addResourceBundle('fi', SELKO_NAMESPACE, selko, true, false);
