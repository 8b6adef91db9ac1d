import { NotificationCategory } from '../categories';
import { formatDateTime } from './order-templates';
import { formatDate, type TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

// Letters to applicants and guardians: people without an account, often new to all this. Plain words,
// one thing per line, and always what happens next.

export interface ConfirmLinkParams {
  link: string;
  hours: number;
}

export interface GuardianParams {
  applicantName: string;
  link: string;
  /** ISO date the request closes if not answered (empty in the first request). */
  closesOn: string;
}

export interface ReasonParams {
  reason: string;
}

export interface InterviewParams {
  /** ISO instant. */
  at: string;
  place: string;
  /** The applicant's page to say whether the time suits (a signed link). */
  link: string;
}

export interface OtherTimeParams {
  applicantName: string;
  /** ISO instant of the time offered. */
  at: string;
  link: string;
}

export interface InvitationParams {
  link: string;
  /** ISO date the link stops working. */
  expiresOn: string;
}

export interface ReceivedParams {
  minor: boolean;
  /** The page that adds certificates of the earlier training listed (a signed link); empty when none was listed. */
  certificateLink?: string;
}

export const ONBOARDING_TEMPLATES = {
  'application.invitation': define<InvitationParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: 'Tervetuloa kokemusasiantuntijaksi – luo salasanasi',
        lines: [
          'Perehdytyksesi on valmis. Sinulle on tehty tunnus Kokemus-palveluun.',
          'Luo salasana alla olevasta linkistä. Sen jälkeen luet ja hyväksyt sopimukset, ja voit alkaa saada tehtävätarjouksia.',
          `Linkki toimii ${formatDate(p.expiresOn, 'fi')} asti ja vain kerran. Jos se ehtii vanhentua, pyydä koordinaattorilta uusi.`,
        ],
        action: { label: 'Luo salasana', path: p.link },
      }),
      sv: (p) => ({
        subject: 'Välkommen som erfarenhetsexpert – skapa ditt lösenord',
        lines: [
          'Din introduktion är klar. Du har fått ett konto i tjänsten Kokemus.',
          'Skapa ett lösenord via länken nedan. Sedan läser och godkänner du avtalen, och du kan börja få uppdragserbjudanden.',
          `Länken fungerar till och med ${formatDate(p.expiresOn, 'sv')} och bara en gång. Om den hinner gå ut, be koordinatorn om en ny.`,
        ],
        action: { label: 'Skapa lösenord', path: p.link },
      }),
      en: (p) => ({
        subject: 'Welcome as an expert by experience – create your password',
        lines: [
          'Your orientation is complete. An account has been made for you in the Kokemus service.',
          'Create a password with the link below. Then you read and accept the agreements, and you can start receiving task offers.',
          `The link works until ${formatDate(p.expiresOn, 'en')} and only once. If it expires, ask the coordinator for a new one.`,
        ],
        action: { label: 'Create a password', path: p.link },
      }),
    },
  }),
  'application.confirm': define<ConfirmLinkParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: 'Vahvista hakemuksesi kokemusasiantuntijaksi',
        lines: [
          'Kiitos hakemuksestasi! Vahvista vielä sähköpostiosoitteesi avaamalla alla oleva linkki.',
          `Linkki toimii ${p.hours} tuntia. Jos et vahvista, hakemusta ei tallenneta.`,
          'Jos et itse täyttänyt hakemusta, voit jättää tämän viestin huomiotta.',
        ],
        action: { label: 'Vahvista hakemus', path: p.link },
      }),
      sv: (p) => ({
        subject: 'Bekräfta din ansökan till erfarenhetsexpert',
        lines: [
          'Tack för din ansökan! Bekräfta ännu din e-postadress genom att öppna länken nedan.',
          `Länken fungerar i ${p.hours} timmar. Om du inte bekräftar sparas ansökan inte.`,
          'Om du inte själv fyllde i ansökan kan du strunta i det här meddelandet.',
        ],
        action: { label: 'Bekräfta ansökan', path: p.link },
      }),
      en: (p) => ({
        subject: 'Confirm your application to become an expert by experience',
        lines: [
          'Thank you for applying! Please confirm your e-mail address by opening the link below.',
          `The link works for ${p.hours} hours. If you do not confirm, the application is not saved.`,
          'If you did not fill in the application yourself, you can ignore this message.',
        ],
        action: { label: 'Confirm the application', path: p.link },
      }),
    },
  }),
  'application.received': define<ReceivedParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: 'Hakemuksesi on vastaanotettu',
        lines: [
          'Hakemuksesi on nyt perillä. Koordinaattori lukee sen ja ottaa sinuun yhteyttä, yleensä kahden viikon sisällä.',
          ...(p.minor
            ? ['Koska olet alle 18-vuotias, kysymme ensin huoltajasi suostumuksen sähköpostilla.']
            : []),
          'Voit kysyä lisää vastaamalla koordinaattorin yhteydenottoon.',
          ...(p.certificateLink
            ? [
                'Jos sinulla on todistus aiemmasta koulutuksestasi, voit lisätä sen hakemukseen. Se ei ole pakollista.',
              ]
            : []),
        ],
        ...(p.certificateLink ? { action: { label: 'Lisää todistus', path: p.certificateLink } } : {}),
      }),
      sv: (p) => ({
        subject: 'Din ansökan har tagits emot',
        lines: [
          'Din ansökan har kommit fram. En koordinator läser den och kontaktar dig, oftast inom två veckor.',
          ...(p.minor
            ? ['Eftersom du är under 18 år ber vi först om din vårdnadshavares samtycke per e-post.']
            : []),
          'Du kan ställa frågor när koordinatorn kontaktar dig.',
          ...(p.certificateLink
            ? [
                'Om du har ett intyg över en tidigare utbildning kan du lägga till det i ansökan. Det är frivilligt.',
              ]
            : []),
        ],
        ...(p.certificateLink ? { action: { label: 'Lägg till ett intyg', path: p.certificateLink } } : {}),
      }),
      en: (p) => ({
        subject: 'We have received your application',
        lines: [
          'Your application has arrived. A coordinator will read it and contact you, usually within two weeks.',
          ...(p.minor ? ['As you are under 18, we first ask your guardian for consent by e-mail.'] : []),
          'You can ask anything when the coordinator contacts you.',
          ...(p.certificateLink
            ? [
                'If you have a certificate of your earlier training, you can add it to the application. You do not have to.',
              ]
            : []),
        ],
        ...(p.certificateLink ? { action: { label: 'Add a certificate', path: p.certificateLink } } : {}),
      }),
    },
  }),
  'application.guardian_consent': define<GuardianParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: `${p.applicantName} hakee kokemusasiantuntijaksi: pyydämme suostumustasi`,
        lines: [
          `${p.applicantName} on hakenut hyvinvointialueen kokemusasiantuntijaksi. Koska hakija on alle 18-vuotias, tarvitsemme huoltajan suostumuksen ennen kuin käsittelemme hakemusta.`,
          'Kokemusasiantuntija kertoo omasta kokemuksestaan esimerkiksi koulutuksissa tai palvelujen kehittämisessä. Tehtävistä maksetaan palkkio, ja alaikäisen hyvinvoinnista huolehditaan erityisesti.',
          ...(p.closesOn
            ? [`Jos emme saa vastausta ${formatDate(p.closesOn, 'fi')} mennessä, hakemus suljetaan.`]
            : []),
        ],
        action: { label: 'Vastaa suostumuspyyntöön', path: p.link },
      }),
      sv: (p) => ({
        subject: `${p.applicantName} söker till erfarenhetsexpert: vi ber om ditt samtycke`,
        lines: [
          `${p.applicantName} har sökt till erfarenhetsexpert i välfärdsområdet. Eftersom den sökande är under 18 år behöver vi vårdnadshavarens samtycke innan vi behandlar ansökan.`,
          'En erfarenhetsexpert berättar om sina egna erfarenheter till exempel i utbildningar eller när tjänster utvecklas. Uppdragen är arvoderade, och en minderårigs välbefinnande tas särskilt om hand.',
          ...(p.closesOn
            ? [`Om vi inte får svar senast ${formatDate(p.closesOn, 'sv')} stängs ansökan.`]
            : []),
        ],
        action: { label: 'Svara på begäran om samtycke', path: p.link },
      }),
      en: (p) => ({
        subject: `${p.applicantName} is applying to become an expert by experience: we ask for your consent`,
        lines: [
          `${p.applicantName} has applied to become an expert by experience in the wellbeing services county. As the applicant is under 18, we need a guardian’s consent before we handle the application.`,
          'An expert by experience tells about their own experience, for example in training or when services are developed. Tasks are paid, and a minor’s wellbeing is especially looked after.',
          ...(p.closesOn
            ? [`If we have no answer by ${formatDate(p.closesOn, 'en')}, the application is closed.`]
            : []),
        ],
        action: { label: 'Answer the request', path: p.link },
      }),
    },
  }),
  'application.interview': define<InterviewParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: 'Kutsu haastatteluun',
        lines: [
          `Kutsumme sinut keskustelemaan kokemusasiantuntijan tehtävistä: ${formatDateTime(p.at, 'fi')}.`,
          ...(p.place ? [`Paikka: ${p.place}`] : []),
          'Kerro alla olevasta linkistä, sopiiko aika. Jos se ei sovi, voit kirjoittaa, mitkä ajat sopisivat, niin sovitaan uusi aika.',
        ],
        action: { label: 'Vastaa kutsuun', path: p.link },
      }),
      sv: (p) => ({
        subject: 'Inbjudan till intervju',
        lines: [
          `Vi bjuder in dig till ett samtal om uppdragen som erfarenhetsexpert: ${formatDateTime(p.at, 'sv')}.`,
          ...(p.place ? [`Plats: ${p.place}`] : []),
          'Berätta via länken nedan om tiden passar. Om den inte passar kan du skriva vilka tider som skulle passa, så kommer vi överens om en ny tid.',
        ],
        action: { label: 'Svara på inbjudan', path: p.link },
      }),
      en: (p) => ({
        subject: 'Invitation to an interview',
        lines: [
          `We invite you to talk about the work of an expert by experience: ${formatDateTime(p.at, 'en')}.`,
          ...(p.place ? [`Place: ${p.place}`] : []),
          'Tell us with the link below whether the time suits you. If it does not, you can write which times would, and we will agree on a new one.',
        ],
        action: { label: 'Answer the invitation', path: p.link },
      }),
    },
  }),
  // To the coordinator: the applicant's message stays on the application (not in the e-mail).
  'application.interview_other_time': define<OtherTimeParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `${p.applicantName} pyytää toista haastatteluaikaa`,
        lines: [
          `Tarjottu aika ${formatDateTime(p.at, 'fi')} ei sovi hakijalle.`,
          'Lue hakijan viesti hakemukselta ja tarjoa uusi aika.',
        ],
        action: { label: 'Avaa hakemus', path: p.link },
      }),
      sv: (p) => ({
        subject: `${p.applicantName} ber om en annan intervjutid`,
        lines: [
          `Den erbjudna tiden ${formatDateTime(p.at, 'sv')} passar inte den sökande.`,
          'Läs den sökandes meddelande i ansökan och erbjud en ny tid.',
        ],
        action: { label: 'Öppna ansökan', path: p.link },
      }),
      en: (p) => ({
        subject: `${p.applicantName} asks for another interview time`,
        lines: [
          `The time offered, ${formatDateTime(p.at, 'en')}, does not suit the applicant.`,
          'Read their message on the application and offer a new time.',
        ],
        action: { label: 'Open the application', path: p.link },
      }),
    },
  }),
  'application.rejected': define<ReasonParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: 'Hakemuksesi kokemusasiantuntijaksi',
        lines: [
          'Kiitos, että halusit jakaa kokemuksesi ja hait kokemusasiantuntijaksi. Arvostamme sitä paljon.',
          `Emme tällä kertaa voi jatkaa hakemuksesi kanssa. Syy: ${p.reason}`,
          'Voit hakea uudelleen myöhemmin. Jos haluat jutella päätöksestä, vastaa koordinaattorin viestiin tai soita hyvinvointialueen neuvontaan.',
        ],
      }),
      sv: (p) => ({
        subject: 'Din ansökan till erfarenhetsexpert',
        lines: [
          'Tack för att du ville dela dina erfarenheter och sökte till erfarenhetsexpert. Vi uppskattar det mycket.',
          `Vi kan inte gå vidare med din ansökan den här gången. Orsak: ${p.reason}`,
          'Du kan söka på nytt senare. Om du vill prata om beslutet, svara koordinatorn eller ring välfärdsområdets rådgivning.',
        ],
      }),
      en: (p) => ({
        subject: 'Your application to become an expert by experience',
        lines: [
          'Thank you for wanting to share your experience and for applying. We value it greatly.',
          `We cannot go on with your application this time. The reason: ${p.reason}`,
          'You are welcome to apply again later. If you would like to talk about the decision, answer the coordinator or call the county’s advice line.',
        ],
      }),
    },
  }),
  'application.closed': define<ReasonParams>({
    category: NotificationCategory.Registry,
    render: {
      fi: (p) => ({
        subject: 'Hakemuksesi on suljettu',
        lines: [
          p.reason === 'no_answer'
            ? 'Hakemuksesi on suljettu, koska emme saaneet vastausta ajoissa.'
            : p.reason === 'guardian_declined'
              ? 'Hakemuksesi on suljettu, koska huoltajasi ei antanut suostumusta.'
              : `Hakemuksesi on suljettu. ${p.reason}`,
          'Voit hakea uudelleen milloin tahansa täyttämällä hakulomakkeen.',
        ],
        action: { label: 'Hakulomake', path: '/apply' },
      }),
      sv: (p) => ({
        subject: 'Din ansökan har stängts',
        lines: [
          p.reason === 'no_answer'
            ? 'Din ansökan har stängts eftersom vi inte fick svar i tid.'
            : p.reason === 'guardian_declined'
              ? 'Din ansökan har stängts eftersom din vårdnadshavare inte gav sitt samtycke.'
              : `Din ansökan har stängts. ${p.reason}`,
          'Du kan söka på nytt när som helst genom att fylla i ansökningsblanketten.',
        ],
        action: { label: 'Ansökningsblanketten', path: '/apply' },
      }),
      en: (p) => ({
        subject: 'Your application has been closed',
        lines: [
          p.reason === 'no_answer'
            ? 'Your application has been closed because we did not get an answer in time.'
            : p.reason === 'guardian_declined'
              ? 'Your application has been closed because your guardian did not give consent.'
              : `Your application has been closed. ${p.reason}`,
          'You can apply again at any time by filling in the application form.',
        ],
        action: { label: 'Application form', path: '/apply' },
      }),
    },
  }),
};
