import { HELSINKI } from '../../common/business-days';
import { NotificationCategory } from '../categories';
import { formatDateTime } from './order-templates';
import { formatDate, type TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

export interface DebriefParams {
  expertName: string;
  /** The request in the coordinators' inbox. */
  link: string;
}

export interface DebriefTakenParams {
  coordinatorName: string;
}

export interface FeedbackAskParams {
  /** Who answers: the expert's form is in plain language. */
  respondent: 'orderer' | 'expert';
  taskTitle: string;
  startsAt: string;
  /** For the orderer: whose task it was. */
  expertName: string;
  link: string;
}

export interface ComplaintParams {
  expertName: string;
  taskTitle: string;
  startsAt: string;
  outcome: 'upheld' | 'partly_upheld' | 'not_upheld' | 'withdrawn' | null;
  link: string;
}

const OUTCOME = {
  fi: {
    upheld: 'aiheellinen',
    partly_upheld: 'osin aiheellinen',
    not_upheld: 'ei aiheellinen',
    withdrawn: 'peruttu',
  },
  sv: {
    upheld: 'befogad',
    partly_upheld: 'delvis befogad',
    not_upheld: 'inte befogad',
    withdrawn: 'återtagen',
  },
  en: { upheld: 'upheld', partly_upheld: 'partly upheld', not_upheld: 'not upheld', withdrawn: 'withdrawn' },
};

export interface ReportBackParams {
  taskTitle: string;
  startsAt: string;
  link: string;
}

export interface SupervisionParams {
  kind: 'individual' | 'group';
  /** What it goes with: a demanding task (before or after it), or the regular rhythm. */
  purpose: 'before_task' | 'after_task' | 'regular';
  startsAt: string;
  endsAt: string;
  place: string;
  supervisorName: string;
  /** The supervisor is from outside the county. */
  supervisorExternal: boolean;
  /** The task it goes with, if any. */
  taskTitle: string | null;
  link: string;
}

const TIME_TAGS = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/** The end of a session the same day: "15.00" / "15:00", Helsinki time. */
function formatTime(iso: string, locale: keyof typeof TIME_TAGS): string {
  return new Intl.DateTimeFormat(TIME_TAGS[locale], {
    timeZone: HELSINKI,
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Why the session is there, in plain words: it is for the expert (nothing is promised about pay). */
const SUPERVISION_FOR_YOU = {
  fi: (p: SupervisionParams) =>
    p.purpose === 'regular'
      ? 'Työnohjaus on sinua varten: siinä voit puhua tehtävistäsi ja siitä, miltä ne ovat tuntuneet.'
      : p.purpose === 'after_task'
        ? `Työnohjaus on sinua varten: siinä voit puhua tehtävästä${p.taskTitle ? ` ${p.taskTitle}` : ''} ja siitä, miltä se tuntui.`
        : `Työnohjaus on sinua varten: siinä voit puhua tulevasta tehtävästä${p.taskTitle ? ` ${p.taskTitle}` : ''} etukäteen.`,
  sv: (p: SupervisionParams) =>
    p.purpose === 'regular'
      ? 'Handledningen är till för dig: där kan du prata om dina uppdrag och hur de har känts.'
      : p.purpose === 'after_task'
        ? `Handledningen är till för dig: där kan du prata om uppdraget${p.taskTitle ? ` ${p.taskTitle}` : ''} och hur det kändes.`
        : `Handledningen är till för dig: där kan du prata om det kommande uppdraget${p.taskTitle ? ` ${p.taskTitle}` : ''} i förväg.`,
  en: (p: SupervisionParams) =>
    p.purpose === 'regular'
      ? 'The session is for you, to talk through your tasks and how they have felt.'
      : p.purpose === 'after_task'
        ? `The session is for you, to talk through the task${p.taskTitle ? ` ${p.taskTitle}` : ''} and how it felt.`
        : `The session is for you, to talk through the coming task${p.taskTitle ? ` ${p.taskTitle}` : ''} beforehand.`,
};

// A person who asks to talk may be shaken: the coordinators hear at once, and the expert hears who will
// call. The expert's own words never go into an e-mail: they stay in the app.
export const FEEDBACK_TEMPLATES = {
  'debrief.requested': define<DebriefParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: `${p.expertName} haluaa jutella jonkun kanssa`,
        lines: [
          `${p.expertName} pyysi keskustelua (jälkipuinti). Ota pyyntö hoitaaksesi, niin muut näkevät, että joku on yhteydessä.`,
          'Vastaa seuraavan arkipäivän aikana.',
        ],
        action: { label: 'Avaa pyyntö', path: p.link },
      }),
      sv: (p) => ({
        subject: `${p.expertName} vill prata med någon`,
        lines: [
          `${p.expertName} bad om ett samtal (avlastning). Ta hand om begäran, så ser de andra att någon har kontakt.`,
          'Svara under nästa vardag.',
        ],
        action: { label: 'Öppna begäran', path: p.link },
      }),
      en: (p) => ({
        subject: `${p.expertName} would like to talk to someone`,
        lines: [
          `${p.expertName} asked for a talk (debrief). Take the request on, so the others see that someone is in touch.`,
          'Answer within the next business day.',
        ],
        action: { label: 'Open the request', path: p.link },
      }),
    },
  }),
  'debrief.overdue': define<DebriefParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: `Kukaan ei ole vielä vastannut: ${p.expertName} haluaa jutella`,
        lines: [
          `${p.expertName} pyysi keskustelua eilen, eikä kukaan ole vielä ottanut pyyntöä hoitaakseen.`,
        ],
        action: { label: 'Avaa pyyntö', path: p.link },
      }),
      sv: (p) => ({
        subject: `Ingen har svarat ännu: ${p.expertName} vill prata`,
        lines: [`${p.expertName} bad om ett samtal i går, och ingen har ännu tagit hand om begäran.`],
        action: { label: 'Öppna begäran', path: p.link },
      }),
      en: (p) => ({
        subject: `Nobody has answered yet: ${p.expertName} would like to talk`,
        lines: [
          `${p.expertName} asked for a talk a business day ago, and nobody has taken the request on yet.`,
        ],
        action: { label: 'Open the request', path: p.link },
      }),
    },
  }),
  'debrief.taken': define<DebriefTakenParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: 'Pyyntösi on vastaanotettu',
        lines: [`${p.coordinatorName} on yhteydessä sinuun pian.`, 'Jos tarvitset apua heti, soita 112.'],
      }),
      sv: (p) => ({
        subject: 'Din begäran har tagits emot',
        lines: [`${p.coordinatorName} kontaktar dig snart.`, 'Om du behöver hjälp genast, ring 112.'],
      }),
      en: (p) => ({
        subject: 'We have your request',
        lines: [
          `${p.coordinatorName} will be in touch with you soon.`,
          'If you need help right away, call 112.',
        ],
      }),
    },
  }),
  'feedback.requested': define<FeedbackAskParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: p.respondent === 'expert' ? 'Miten tehtävä meni?' : `Palaute: ${p.taskTitle}`,
        lines:
          p.respondent === 'expert'
            ? [
                `Kiitos tehtävästä ${p.taskTitle} ${formatDate(p.startsAt, 'fi')}.`,
                'Kerro muutamalla napautuksella, miten se meni. Voit myös pyytää, että joku soittaa sinulle.',
              ]
            : [
                `${p.expertName} oli luonanne ${formatDate(p.startsAt, 'fi')} (${p.taskTitle}).`,
                'Kertoisitteko, miten tehtävä onnistui? Vastaaminen vie pari minuuttia.',
              ],
        action: { label: 'Anna palaute', path: p.link },
      }),
      sv: (p) => ({
        subject: p.respondent === 'expert' ? 'Hur gick uppdraget?' : `Respons: ${p.taskTitle}`,
        lines:
          p.respondent === 'expert'
            ? [
                `Tack för uppdraget ${p.taskTitle} ${formatDate(p.startsAt, 'sv')}.`,
                'Berätta med några tryck hur det gick. Du kan också be att någon ringer dig.',
              ]
            : [
                `${p.expertName} var hos er ${formatDate(p.startsAt, 'sv')} (${p.taskTitle}).`,
                'Berättar ni hur uppdraget lyckades? Det tar ett par minuter.',
              ],
        action: { label: 'Ge respons', path: p.link },
      }),
      en: (p) => ({
        subject: p.respondent === 'expert' ? 'How did the task go?' : `Feedback: ${p.taskTitle}`,
        lines:
          p.respondent === 'expert'
            ? [
                `Thank you for the task ${p.taskTitle} on ${formatDate(p.startsAt, 'en')}.`,
                'Tell us in a few taps how it went. You can also ask someone to call you.',
              ]
            : [
                `${p.expertName} was with you on ${formatDate(p.startsAt, 'en')} (${p.taskTitle}).`,
                'Would you tell us how the task went? It takes a couple of minutes.',
              ],
        action: { label: 'Give feedback', path: p.link },
      }),
    },
  }),
  'feedback.reminded': define<FeedbackAskParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Muistutus: palaute tehtävästä ${p.taskTitle}`,
        lines: [
          `Palautteesi tehtävästä ${p.taskTitle} ${formatDate(p.startsAt, 'fi')} puuttuu vielä.`,
          'Tämä on ainoa muistutus.',
        ],
        action: { label: 'Anna palaute', path: p.link },
      }),
      sv: (p) => ({
        subject: `Påminnelse: respons om uppdraget ${p.taskTitle}`,
        lines: [
          `Din respons om uppdraget ${p.taskTitle} ${formatDate(p.startsAt, 'sv')} saknas ännu.`,
          'Det här är den enda påminnelsen.',
        ],
        action: { label: 'Ge respons', path: p.link },
      }),
      en: (p) => ({
        subject: `Reminder: feedback on ${p.taskTitle}`,
        lines: [
          `Your feedback on ${p.taskTitle} on ${formatDate(p.startsAt, 'en')} is still missing.`,
          'This is the only reminder.',
        ],
        action: { label: 'Give feedback', path: p.link },
      }),
    },
  }),
  // complaints: the words stay in the app; the messages say only that something happened
  'complaint.received': define<ComplaintParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Uusi palaute: jokin meni vikaan (${p.taskTitle})`,
        lines: [
          `Tilaaja kertoi, että jokin meni vikaan tehtävässä ${p.taskTitle} ${formatDate(p.startsAt, 'fi')} (${p.expertName}).`,
        ],
        action: { label: 'Avaa', path: p.link },
      }),
      sv: (p) => ({
        subject: `Ny respons: något gick fel (${p.taskTitle})`,
        lines: [
          `Beställaren berättade att något gick fel i uppdraget ${p.taskTitle} ${formatDate(p.startsAt, 'sv')} (${p.expertName}).`,
        ],
        action: { label: 'Öppna', path: p.link },
      }),
      en: (p) => ({
        subject: `New feedback: something went wrong (${p.taskTitle})`,
        lines: [
          `The orderer said something went wrong in ${p.taskTitle} on ${formatDate(p.startsAt, 'en')} (${p.expertName}).`,
        ],
        action: { label: 'Open', path: p.link },
      }),
    },
  }),
  'complaint.answered': define<ComplaintParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Vastaus palautteeseenne: ${p.taskTitle}`,
        lines: ['Koordinaattori vastasi palautteeseenne.'],
        action: { label: 'Lue vastaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `Svar på er respons: ${p.taskTitle}`,
        lines: ['Koordinatorn svarade på er respons.'],
        action: { label: 'Läs svaret', path: p.link },
      }),
      en: (p) => ({
        subject: `An answer to your feedback: ${p.taskTitle}`,
        lines: ['The coordinator answered your feedback.'],
        action: { label: 'Read the answer', path: p.link },
      }),
    },
  }),
  'complaint.view_asked': define<ComplaintParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: 'Koordinaattori kysyy näkemystäsi',
        lines: [
          `Tehtävästä ${p.taskTitle} ${formatDate(p.startsAt, 'fi')} tuli palautetta. Koordinaattori haluaa kuulla, miten sinä sen koit.`,
          'Voit myös soittaa koordinaattorille.',
        ],
        action: { label: 'Kerro näkemyksesi', path: p.link },
      }),
      sv: (p) => ({
        subject: 'Koordinatorn frågar om din syn',
        lines: [
          `Uppdraget ${p.taskTitle} ${formatDate(p.startsAt, 'sv')} fick respons. Koordinatorn vill höra hur du upplevde det.`,
          'Du kan också ringa koordinatorn.',
        ],
        action: { label: 'Berätta din syn', path: p.link },
      }),
      en: (p) => ({
        subject: 'The coordinator asks for your view',
        lines: [
          `There was feedback on ${p.taskTitle} on ${formatDate(p.startsAt, 'en')}. The coordinator would like to hear how it was for you.`,
          'You can also call the coordinator.',
        ],
        action: { label: 'Give your view', path: p.link },
      }),
    },
  }),
  'complaint.view_given': define<ComplaintParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `${p.expertName} kertoi näkemyksensä`,
        lines: [`${p.expertName} vastasi kysymykseesi tehtävästä ${p.taskTitle}.`],
        action: { label: 'Avaa', path: p.link },
      }),
      sv: (p) => ({
        subject: `${p.expertName} berättade sin syn`,
        lines: [`${p.expertName} svarade på din fråga om uppdraget ${p.taskTitle}.`],
        action: { label: 'Öppna', path: p.link },
      }),
      en: (p) => ({
        subject: `${p.expertName} gave their view`,
        lines: [`${p.expertName} answered your question about ${p.taskTitle}.`],
        action: { label: 'Open', path: p.link },
      }),
    },
  }),
  'complaint.closed': define<ComplaintParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Palaute käsitelty: ${p.taskTitle}`,
        lines: [
          `Palaute tehtävästä ${p.taskTitle} on käsitelty${p.outcome ? ` (${OUTCOME.fi[p.outcome]})` : ''}.`,
        ],
        action: { label: 'Avaa', path: p.link },
      }),
      sv: (p) => ({
        subject: `Responsen behandlad: ${p.taskTitle}`,
        lines: [
          `Responsen om uppdraget ${p.taskTitle} har behandlats${p.outcome ? ` (${OUTCOME.sv[p.outcome]})` : ''}.`,
        ],
        action: { label: 'Öppna', path: p.link },
      }),
      en: (p) => ({
        subject: `Feedback handled: ${p.taskTitle}`,
        lines: [
          `The feedback on ${p.taskTitle} has been handled${p.outcome ? ` (${OUTCOME.en[p.outcome]})` : ''}.`,
        ],
        action: { label: 'Open', path: p.link },
      }),
    },
  }),
  'report_back.ready': define<ReportBackParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Mitä tehtäväsi antoi: ${p.taskTitle}`,
        lines: [`Palautteet tehtävästä ${p.taskTitle} ${formatDate(p.startsAt, 'fi')} on koottu sinulle.`],
        action: { label: 'Lue palautteet', path: p.link },
      }),
      sv: (p) => ({
        subject: `Vad ditt uppdrag gav: ${p.taskTitle}`,
        lines: [`Responsen om uppdraget ${p.taskTitle} ${formatDate(p.startsAt, 'sv')} har samlats åt dig.`],
        action: { label: 'Läs responsen', path: p.link },
      }),
      en: (p) => ({
        subject: `What your task gave: ${p.taskTitle}`,
        lines: [
          `The feedback on ${p.taskTitle} on ${formatDate(p.startsAt, 'en')} has been gathered for you.`,
        ],
        action: { label: 'Read the feedback', path: p.link },
      }),
    },
  }),
  // supervision (työnohjaus) is the expert's own support: safety, so the e-mail always goes (also the
  // cancellation, so nobody travels to a session that is off)
  'supervision.invited': define<SupervisionParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: `Kutsu työnohjaukseen ${formatDate(p.startsAt, 'fi')}`,
        lines: [
          `Sinut on kutsuttu ${p.kind === 'group' ? 'ryhmätyönohjaukseen' : 'työnohjaukseen'}.`,
          `Aika: ${formatDateTime(p.startsAt, 'fi')}–${formatTime(p.endsAt, 'fi')}`,
          `Paikka: ${p.place}`,
          `Työnohjaaja: ${p.supervisorName}${p.supervisorExternal ? ' (ulkopuolinen työnohjaaja)' : ''}`,
          SUPERVISION_FOR_YOU.fi(p),
          ...(p.kind === 'group' ? ['Mukana on myös muita kokemusasiantuntijoita.'] : []),
          'Jos et pääse, kerro siitä koordinaattorille.',
        ],
        action: { label: 'Katso tiedot', path: p.link },
      }),
      sv: (p) => ({
        subject: `Inbjudan till arbetshandledning ${formatDate(p.startsAt, 'sv')}`,
        lines: [
          `Du är inbjuden till ${p.kind === 'group' ? 'grupphandledning' : 'arbetshandledning'}.`,
          `Tid: ${formatDateTime(p.startsAt, 'sv')}–${formatTime(p.endsAt, 'sv')}`,
          `Plats: ${p.place}`,
          `Handledare: ${p.supervisorName}${p.supervisorExternal ? ' (extern handledare)' : ''}`,
          SUPERVISION_FOR_YOU.sv(p),
          ...(p.kind === 'group' ? ['Även andra erfarenhetsexperter deltar.'] : []),
          'Om du inte kan komma, säg till koordinatorn.',
        ],
        action: { label: 'Se uppgifterna', path: p.link },
      }),
      en: (p) => ({
        subject: `Invitation to supervision on ${formatDate(p.startsAt, 'en')}`,
        lines: [
          `You are invited to ${p.kind === 'group' ? 'group supervision' : 'a supervision session'}.`,
          `When: ${formatDateTime(p.startsAt, 'en')}–${formatTime(p.endsAt, 'en')}`,
          `Where: ${p.place}`,
          `Supervisor: ${p.supervisorName}${p.supervisorExternal ? ' (from outside the county)' : ''}`,
          SUPERVISION_FOR_YOU.en(p),
          ...(p.kind === 'group' ? ['Other experts by experience will be there too.'] : []),
          'If you cannot come, tell the coordinator.',
        ],
        action: { label: 'See the details', path: p.link },
      }),
    },
  }),
  'supervision.cancelled': define<SupervisionParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: `Työnohjaus on peruttu: ${formatDate(p.startsAt, 'fi')}`,
        lines: [
          `Työnohjaus ${formatDateTime(p.startsAt, 'fi')} (${p.place}) on peruttu.`,
          'Jos haluat uuden ajan, kerro siitä koordinaattorille.',
        ],
        action: { label: 'Katso tiedot', path: p.link },
      }),
      sv: (p) => ({
        subject: `Arbetshandledningen är inställd: ${formatDate(p.startsAt, 'sv')}`,
        lines: [
          `Arbetshandledningen ${formatDateTime(p.startsAt, 'sv')} (${p.place}) är inställd.`,
          'Om du vill ha en ny tid, säg till koordinatorn.',
        ],
        action: { label: 'Se uppgifterna', path: p.link },
      }),
      en: (p) => ({
        subject: `Supervision cancelled: ${formatDate(p.startsAt, 'en')}`,
        lines: [
          `The supervision session on ${formatDateTime(p.startsAt, 'en')} (${p.place}) is cancelled.`,
          'If you would like a new time, tell the coordinator.',
        ],
        action: { label: 'See the details', path: p.link },
      }),
    },
  }),
};
