// Reference data seeded by a migration. Change it through a new migration, not by editing a row here
// that an earlier migration already inserted.

export interface Labelled {
  code: string;
  fi: string;
  sv: string;
  en: string;
}

/** What the lived experience is about (special-category data when tied to a person). */
export const EXPERIENCE_AREAS: Labelled[] = [
  { code: 'mental_health', fi: 'Mielenterveys', sv: 'Psykisk hälsa', en: 'Mental health' },
  { code: 'substance_use', fi: 'Päihteet', sv: 'Missbruk', en: 'Substance use' },
  { code: 'gambling', fi: 'Rahapelaaminen', sv: 'Penningspel', en: 'Gambling' },
  { code: 'child_welfare_child', fi: 'Lastensuojelu lapsena', sv: 'Barnskydd som barn', en: 'Child welfare, as a child' },
  { code: 'child_welfare_parent', fi: 'Lastensuojelu vanhempana', sv: 'Barnskydd som förälder', en: 'Child welfare, as a parent' },
  { code: 'disability', fi: 'Vammaisuus', sv: 'Funktionsnedsättning', en: 'Disability' },
  { code: 'chronic_illness', fi: 'Pitkäaikaissairaus', sv: 'Långvarig sjukdom', en: 'Chronic illness' },
  { code: 'cancer', fi: 'Syöpä', sv: 'Cancer', en: 'Cancer' },
  { code: 'diabetes', fi: 'Diabetes', sv: 'Diabetes', en: 'Diabetes' },
  { code: 'rare_disease', fi: 'Harvinainen sairaus', sv: 'Sällsynt sjukdom', en: 'Rare disease' },
  { code: 'relative_carer', fi: 'Läheinen tai omainen', sv: 'Närstående eller anhörig', en: 'Relative or carer' },
  { code: 'homelessness', fi: 'Asunnottomuus', sv: 'Bostadslöshet', en: 'Homelessness' },
  { code: 'criminal_sanctions', fi: 'Rikosseuraamukset', sv: 'Brottspåföljder', en: 'Criminal sanctions' },
  { code: 'immigration', fi: 'Maahanmuutto', sv: 'Invandring', en: 'Immigration' },
  { code: 'family_violence', fi: 'Lähisuhdeväkivalta', sv: 'Våld i nära relationer', en: 'Family violence' },
  { code: 'long_term_unemployment', fi: 'Pitkäaikaistyöttömyys', sv: 'Långtidsarbetslöshet', en: 'Long-term unemployment' },
  { code: 'debt', fi: 'Talous ja velat', sv: 'Ekonomi och skulder', en: 'Debt and money' },
  { code: 'eating_disorders', fi: 'Syömishäiriöt', sv: 'Ätstörningar', en: 'Eating disorders' },
  { code: 'neurodivergence', fi: 'Neuromoninaisuus', sv: 'Neurodivergens', en: 'Neurodivergence' },
  { code: 'youth', fi: 'Nuoret', sv: 'Unga', en: 'Youth' },
];

/** What an expert can be asked to do. Orderable products (issue: orders) build on these. */
export const TASK_TYPES: Labelled[] = [
  { code: 'talk', fi: 'Kokemuspuheenvuoro', sv: 'Erfarenhetsanförande', en: 'Experience talk' },
  { code: 'workshop', fi: 'Yhteiskehittämisen työpaja', sv: 'Workshop för samutveckling', en: 'Co-development workshop' },
  { code: 'pair_work', fi: 'Työparityö', sv: 'Arbete i par med en yrkesperson', en: 'Pair work with a professional' },
  { code: 'chat_bench', fi: 'Juttupenkki', sv: 'Pratbänken', en: 'Chat bench (Juttupenkki)' },
  { code: 'day_in_life', fi: 'Päivä elämässä', sv: 'En dag i livet', en: 'A day in the life' },
  { code: 'reception', fi: 'Kokemusasiantuntijavastaanotto', sv: 'Mottagning med erfarenhetsexpert', en: 'Reception hours' },
  { code: 'group_facilitation', fi: 'Ryhmänohjaus', sv: 'Gruppledning', en: 'Group co-facilitation' },
  { code: 'training', fi: 'Koulutus ja sparraus', sv: 'Utbildning och sparring', en: 'Training and sparring' },
  { code: 'procurement', fi: 'Hankinta-arviointi', sv: 'Utvärdering i upphandling', en: 'Procurement evaluation' },
  { code: 'body_membership', fi: 'Toimielinjäsenyys', sv: 'Medlemskap i ett organ', en: 'Membership of a body' },
  { code: 'communications', fi: 'Viestintä ja sisältöjen arviointi', sv: 'Kommunikation och granskning', en: 'Communications review' },
  { code: 'outreach', fi: 'Jalkautuva työ', sv: 'Uppsökande arbete', en: 'Outreach work' },
  { code: 'family_work', fi: 'Perhe- ja läheistyö', sv: 'Familje- och anhörigarbete', en: 'Family and relatives work' },
  { code: 'companion', fi: 'Saattava palveluohjaus', sv: 'Följande servicehandledning', en: 'Client-process companion' },
  { code: 'on_call', fi: 'Päivystävä kokemusasiantuntija', sv: 'Jourhavande erfarenhetsexpert', en: 'On-call expert' },
];

export const LANGUAGES: Labelled[] = [
  { code: 'fi', fi: 'suomi', sv: 'finska', en: 'Finnish' },
  { code: 'sv', fi: 'ruotsi', sv: 'svenska', en: 'Swedish' },
  { code: 'en', fi: 'englanti', sv: 'engelska', en: 'English' },
  { code: 'fse', fi: 'suomalainen viittomakieli', sv: 'finskt teckenspråk', en: 'Finnish Sign Language' },
  { code: 'fss', fi: 'suomenruotsalainen viittomakieli', sv: 'finlandssvenskt teckenspråk', en: 'Finland-Swedish Sign Language' },
  { code: 'se', fi: 'pohjoissaame', sv: 'nordsamiska', en: 'Northern Sámi' },
  { code: 'smn', fi: 'inarinsaame', sv: 'enaresamiska', en: 'Inari Sámi' },
  { code: 'sms', fi: 'koltansaame', sv: 'skoltsamiska', en: 'Skolt Sámi' },
  { code: 'ru', fi: 'venäjä', sv: 'ryska', en: 'Russian' },
  { code: 'et', fi: 'viro', sv: 'estniska', en: 'Estonian' },
  { code: 'ar', fi: 'arabia', sv: 'arabiska', en: 'Arabic' },
  { code: 'so', fi: 'somali', sv: 'somaliska', en: 'Somali' },
  { code: 'uk', fi: 'ukraina', sv: 'ukrainska', en: 'Ukrainian' },
  { code: 'fa', fi: 'persia', sv: 'persiska', en: 'Persian' },
  { code: 'ku', fi: 'kurdi', sv: 'kurdiska', en: 'Kurdish' },
  { code: 'rmf', fi: 'romani', sv: 'romani', en: 'Romani' },
];

export interface TierSeed extends Labelled {
  rank: number;
  minHours: number;
  requiresMentorTraining: boolean;
}

/**
 * Default training tiers (Kanta-Häme: fees graded by the training completed). The admin can change
 * the thresholds; the tier of an expert is derived from their training records, never typed in.
 */
export const TRAINING_TIERS: TierSeed[] = [
  { code: 'basic', fi: 'Perehdytetty', sv: 'Introducerad', en: 'Oriented', rank: 1, minHours: 0, requiresMentorTraining: false },
  { code: 'trained', fi: 'Koulutettu', sv: 'Utbildad', en: 'Trained', rank: 2, minHours: 60, requiresMentorTraining: false },
  { code: 'advanced', fi: 'Vaativa taso', sv: 'Avancerad nivå', en: 'Advanced', rank: 3, minHours: 120, requiresMentorTraining: false },
  { code: 'mentor', fi: 'Mentori', sv: 'Mentor', en: 'Mentor', rank: 4, minHours: 120, requiresMentorTraining: true },
];
